package org.dronecoalition.domain.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.dronecoalition.domain.shared.Money;

/**
 * What one member country pledged to a fund and paid into it, booked with each pledge and receipt
 * while the fund is locked, like {@link FundTotals}.
 */
@Entity
@Table(name = "fund_member_total")
@IdClass(MemberTotals.Key.class)
public class MemberTotals {

    /** The fund and the member country. */
    public static class Key implements Serializable {

        private Long fundId;
        private String memberCode;

        public Key() {
        }

        public Key(long fundId, String memberCode) {
            this.fundId = fundId;
            this.memberCode = memberCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(fundId, k.fundId) && Objects.equals(memberCode, k.memberCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fundId, memberCode);
        }
    }

    @Id
    @Column(name = "fund_id")
    private Long fundId;

    @Id
    @Column(name = "member_code", length = 2)
    private String memberCode;

    @Column(name = "pledged", nullable = false, precision = 15, scale = 2)
    private BigDecimal pledged;

    @Column(name = "received", nullable = false, precision = 15, scale = 2)
    private BigDecimal received;

    /** The member's parts of what the fund committed, released and paid for orders, by the orders' shares. */
    @Column(name = "order_committed", nullable = false, precision = 30, scale = 10)
    private BigDecimal orderCommitted = BigDecimal.ZERO;

    @Column(name = "order_released", nullable = false, precision = 30, scale = 10)
    private BigDecimal orderReleased = BigDecimal.ZERO;

    @Column(name = "order_paid", nullable = false, precision = 30, scale = 10)
    private BigDecimal orderPaid = BigDecimal.ZERO;

    /** How many times the pledged sum changed: part of the money figures' version. */
    @Column(name = "pledges", nullable = false)
    private long pledges;

    protected MemberTotals() {
    }

    MemberTotals(long fundId, String memberCode) {
        this.fundId = fundId;
        this.memberCode = memberCode;
        this.pledged = BigDecimal.ZERO;
        this.received = BigDecimal.ZERO;
    }

    void pledge(Money change) {
        pledged = pledged.add(change.amount());
        pledges++;
    }

    void receive(Money amount) {
        received = received.add(amount.amount());
    }

    /** The member's share of an entry booked for an order: its amount times the member's share of the order. */
    void shareOfOrder(EntryType type, BigDecimal part) {
        switch (type) {
            case COMMITMENT -> orderCommitted = orderCommitted.add(part);
            case RELEASE -> orderReleased = orderReleased.add(part);
            case PAYMENT -> orderPaid = orderPaid.add(part);
            case CONTRIBUTION_RECEIVED -> throw new IllegalArgumentException("a receipt is for no order");
        }
    }

    /** The member's part of what the fund's orders took of one kind of entry, unrounded. */
    public BigDecimal partOfOrders(EntryType type) {
        return switch (type) {
            case COMMITMENT -> orderCommitted;
            case RELEASE -> orderReleased;
            case PAYMENT -> orderPaid;
            case CONTRIBUTION_RECEIVED -> BigDecimal.ZERO;
        };
    }

    public String getMemberCode() {
        return memberCode;
    }

    public Money getPledged() {
        return new Money(pledged);
    }

    public Money getReceived() {
        return new Money(received);
    }
}
