package org.dronecoalition.web.faces.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** The manufacturer portal's list of the company's own proposals. */
@Named
@ViewScoped
public class MyProposalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalService proposals;

    @Inject
    CurrentActor actor;

    private final PagedDataModel<ProposalRepository.Listed> mine = new PagedDataModel<>(
            (page, sortBy, filterBy) -> proposals.mine(actor.get(), page), l -> String.valueOf(l.proposal().getId()));

    public PagedDataModel<ProposalRepository.Listed> getMine() {
        return mine;
    }
}
