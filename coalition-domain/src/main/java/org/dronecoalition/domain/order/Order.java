package org.dronecoalition.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;

/**
 * An order of drones from an awarded manufacturer, paid from the tender's fund. Placing it commits
 * its value on the fund's ledger under the order's reference; cancelling releases what was not paid.
 */
@Entity(name = "DroneOrder")
@Table(name = "purchase_order")
public class Order {

    @Id
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
    private Long id;

    @Column(name = "tender_id", nullable = false, updatable = false)
    private long tenderId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "manufacturer_id", nullable = false, updatable = false)
    private long manufacturerId;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private OrderKind kind;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private OrderStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "placed_by", nullable = false, length = 60, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private OffsetDateTime placedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Order() {
    }

    public Order(long tenderId, long proposalId, long manufacturerId, long fundId, OrderKind kind, int quantity,
            Money unitPrice, String username, Instant now) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "an order is for at least one drone");
        }
        this.tenderId = tenderId;
        this.proposalId = proposalId;
        this.manufacturerId = manufacturerId;
        this.fundId = fundId;
        this.kind = kind;
        this.quantity = quantity;
        this.unitPrice = unitPrice.amount();
        this.status = OrderStatus.PLACED;
        this.placedBy = username;
        this.placedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The reference of this order's entries on the fund's ledger. */
    public String reference() {
        return "ORDER-" + id;
    }

    public Money value() {
        return new Money(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }

    /** Cancels an order nothing of which has been delivered; the caller releases the unpaid remainder. */
    public void cancel(String reason) {
        if (status != OrderStatus.PLACED && status != OrderStatus.IN_PRODUCTION) {
            throw new ConflictException("status", "Order " + id + " is " + status + " and cannot be cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "give the reason for cancelling");
        }
        status = OrderStatus.CANCELLED;
        statusReason = reason.strip();
    }

    public Long getId() {
        return id;
    }

    public long getTenderId() {
        return tenderId;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getManufacturerId() {
        return manufacturerId;
    }

    public long getFundId() {
        return fundId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getUnitPrice() {
        return new Money(unitPrice);
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public OffsetDateTime getPlacedAt() {
        return placedAt;
    }

    public long getVersion() {
        return version;
    }
}
