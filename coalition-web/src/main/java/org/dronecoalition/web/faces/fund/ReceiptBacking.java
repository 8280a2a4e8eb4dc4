package org.dronecoalition.web.faces.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** The CSO records money that arrived against an open pledge. */
@Named
@ViewScoped
public class ReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "receipt";

    @Inject
    ContributionService contributions;

    @Inject
    CurrentActor actor;

    private Long contributionId;
    private BigDecimal amount;

    public void record() {
        try {
            if (contributionId == null) {
                throw new InvalidInputException("contribution", "choose the pledge the money arrived for");
            }
            Contribution c = contributions.receive(actor.get(), null, contributionId,
                    Money.positive("amount", amount, null));
            Messages.addGlobalInfo("Recorded; {0} has now received {1} of {2}", c.getMemberCode(), c.getReceived(),
                    c.getPledged());
            amount = null;
            contributionId = null;
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    /** The open pledges, oldest first (at most 100; older ones are listed by the REST API). */
    public List<Contribution> getOpenPledges() {
        return contributions.open(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public Long getContributionId() {
        return contributionId;
    }

    public void setContributionId(Long contributionId) {
        this.contributionId = contributionId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
