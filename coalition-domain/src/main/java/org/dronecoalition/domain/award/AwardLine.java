package org.dronecoalition.domain.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.dronecoalition.domain.shared.Money;

/** One manufacturer's share of an award: quantity at its unit price, and the pilot batch ordered first. */
@Embeddable
public class AwardLine {

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "pilot_quantity", nullable = false)
    private int pilotQuantity;

    @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal unitPrice;

    protected AwardLine() {
    }

    AwardLine(long proposalId, int quantity, int pilotQuantity, Money unitPrice) {
        this.proposalId = proposalId;
        this.quantity = quantity;
        this.pilotQuantity = pilotQuantity;
        this.unitPrice = unitPrice.amount();
    }

    public long getProposalId() {
        return proposalId;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getPilotQuantity() {
        return pilotQuantity;
    }

    public Money getUnitPrice() {
        return new Money(unitPrice);
    }

    public Money value() {
        return new Money(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }
}
