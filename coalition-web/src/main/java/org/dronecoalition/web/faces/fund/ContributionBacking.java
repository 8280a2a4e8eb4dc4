package org.dronecoalition.web.faces.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** One pledge: what was promised, what arrived (with corrections), and whether this user may change it. */
@Named
@ViewScoped
public class ContributionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionService contributions;

    @Inject
    FundService funds;

    @Inject
    CurrentActor actor;

    private Long id;
    private Contribution contribution;
    private String fundName;
    private List<LedgerEntry> receipts = List.of();

    public void load() {
        try {
            contribution = contributions.get(id);
            fundName = funds.get(contribution.getFundId()).getName();
            receipts = contributions.receipts(id, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        } catch (DomainException e) {
            contribution = null;
            Messages.addGlobalError(e.getMessage());
        }
    }

    /** The CSO, or a representative of the pledging country. */
    public boolean isChangeable() {
        return contribution != null && actor.get().mayActFor(new CountryCode(contribution.getMemberCode()));
    }

    public Contribution getContribution() {
        return contribution;
    }

    public String getFundName() {
        return fundName;
    }

    public List<LedgerEntry> getReceipts() {
        return receipts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
