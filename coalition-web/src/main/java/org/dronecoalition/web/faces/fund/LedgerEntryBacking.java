package org.dronecoalition.web.faces.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The CSO records a commitment, release or payment on a fund's ledger for a reference. */
@Named
@ViewScoped
public class LedgerEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "entry";

    @Inject
    FundService funds;

    @Inject
    CurrentActor actor;

    private long fundId;
    private EntryType type;
    private BigDecimal amount;
    private String reference;

    public void record() {
        try {
            if (type == null) {
                throw new InvalidInputException("type", "choose what to record");
            }
            LedgerEntry e = funds.record(actor.get(), null, fundId, type, Money.positive("amount", amount, null),
                    reference);
            Messages.addFlashGlobalInfo("Recorded {0} of {1} for {2}", e.getType(), e.getAmount(), e.getReference());
            Faces.redirect("funds/ledger.xhtml?fund=" + fundId);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    /** Receipts come through a pledge, so they are not offered here. */
    public Set<EntryType> getTypes() {
        return EnumSet.of(EntryType.COMMITMENT, EntryType.RELEASE, EntryType.PAYMENT);
    }

    public long getFundId() {
        return fundId;
    }

    public void setFundId(long fundId) {
        this.fundId = fundId;
    }

    public EntryType getType() {
        return type;
    }

    public void setType(EntryType type) {
        this.type = type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
