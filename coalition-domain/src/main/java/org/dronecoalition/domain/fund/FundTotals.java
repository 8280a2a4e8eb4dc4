package org.dronecoalition.domain.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.dronecoalition.domain.shared.Money;

/**
 * A fund's ledger summed by kind of entry, booked with each entry while the fund is locked. It has
 * no version of its own: the fund's lock orders every change, and a fund's description stays
 * editable while money moves.
 */
@Entity
@Table(name = "fund_total")
public class FundTotals {

    @Id
    @Column(name = "fund_id")
    private Long fundId;

    @Column(name = "received", nullable = false, precision = 15, scale = 2)
    private BigDecimal received;

    @Column(name = "committed", nullable = false, precision = 15, scale = 2)
    private BigDecimal committed;

    @Column(name = "released", nullable = false, precision = 15, scale = 2)
    private BigDecimal released;

    @Column(name = "paid", nullable = false, precision = 15, scale = 2)
    private BigDecimal paid;

    /** Of the committed, released and paid money, what was for the fund's orders. */
    @Column(name = "order_committed", nullable = false, precision = 15, scale = 2)
    private BigDecimal orderCommitted = BigDecimal.ZERO;

    @Column(name = "order_released", nullable = false, precision = 15, scale = 2)
    private BigDecimal orderReleased = BigDecimal.ZERO;

    @Column(name = "order_paid", nullable = false, precision = 15, scale = 2)
    private BigDecimal orderPaid = BigDecimal.ZERO;

    /** The number of entries in the fund's ledger. */
    @Column(name = "entries", nullable = false)
    private long entries;

    protected FundTotals() {
    }

    FundTotals(long fundId) {
        this.fundId = fundId;
        set(FundBalance.EMPTY);
    }

    public FundBalance balance() {
        return new FundBalance(new Money(received), new Money(committed), new Money(released), new Money(paid));
    }

    void book(EntryType type, Money amount) {
        set(balance().with(type, amount));
        entries++;
    }

    /** An entry booked for one of the fund's orders. */
    void bookForOrder(EntryType type, Money amount) {
        switch (type) {
            case COMMITMENT -> orderCommitted = orderCommitted.add(amount.amount());
            case RELEASE -> orderReleased = orderReleased.add(amount.amount());
            case PAYMENT -> orderPaid = orderPaid.add(amount.amount());
            case CONTRIBUTION_RECEIVED -> throw new IllegalArgumentException("a receipt is for no order");
        }
    }

    /** What the fund committed, released and paid for its orders (nothing received). */
    public FundBalance ofOrders() {
        return new FundBalance(Money.ZERO, new Money(orderCommitted), new Money(orderReleased), new Money(orderPaid));
    }

    long entries() {
        return entries;
    }

    private void set(FundBalance b) {
        received = b.received().amount();
        committed = b.committed().amount();
        released = b.released().amount();
        paid = b.paid().amount();
    }

    public long getFundId() {
        return fundId;
    }
}
