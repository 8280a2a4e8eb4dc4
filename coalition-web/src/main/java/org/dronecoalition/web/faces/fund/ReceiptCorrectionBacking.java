package org.dronecoalition.web.faces.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The CSO corrects a receipt recorded wrongly: a negative entry that names it; nothing is edited. */
@Named
@ViewScoped
public class ReceiptCorrectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "correction";

    @Inject
    ContributionService contributions;

    @Inject
    CurrentActor actor;

    private Long id;
    private Long receiptId;
    private BigDecimal amount;

    public void correct() {
        try {
            if (receiptId == null) {
                throw new InvalidInputException("receipt", "choose the receipt to correct");
            }
            Contribution c = contributions.correctReceipt(actor.get(), null, id, receiptId,
                    Money.positive("amount", amount, null));
            Messages.addFlashGlobalInfo("Corrected; {0} has now received {1} of {2}", c.getMemberCode(),
                    c.getReceived(), c.getPledged());
            Faces.redirect("funds/contribution.xhtml?id=" + id);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getReceiptId() {
        return receiptId;
    }

    public void setReceiptId(Long receiptId) {
        this.receiptId = receiptId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
