package org.dronecoalition.domain.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;

/**
 * An order of drones from an awarded manufacturer, paid from the tender's fund. Placing it commits
 * its value on the fund's ledger under the order's reference; payments draw on that commitment, and
 * closing or cancelling releases what was not paid, so nothing stays committed after its end.
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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_share", joinColumns = @JoinColumn(name = "order_id"))
    @MapKeyColumn(name = "member_code", length = 2)
    @Column(name = "share", nullable = false, precision = 9, scale = 8)
    private Map<String, BigDecimal> shares = new TreeMap<>();

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

    /**
     * Credits the order's drones to the member countries in proportion to what each had paid into
     * the fund when the order was committed; the shares are kept, later payments do not change them.
     */
    public void attribute(Map<String, Money> paidIn) {
        BigDecimal total = paidIn.values().stream().map(Money::amount).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return;
        }
        paidIn.forEach((member, paid) -> {
            if (paid.amount().signum() > 0) {
                shares.put(member, paid.amount().divide(total, 8, RoundingMode.HALF_EVEN));
            }
        });
    }

    /** Deliveries move the order: some drones accepted in Ukraine, or all of them. */
    public void accepted(int acceptedInTotal) {
        if (status == OrderStatus.CANCELLED || status == OrderStatus.CLOSED) {
            return;
        }
        status = acceptedInTotal >= quantity ? OrderStatus.DELIVERED
                : acceptedInTotal > 0 ? OrderStatus.PARTIALLY_DELIVERED : status;
    }

    /** Refuses a shipment that would bring more drones than ordered (those in transit and accepted count). */
    public void requireRoomFor(int shipped, int inTransit, int accepted) {
        if (status == OrderStatus.CANCELLED || status == OrderStatus.CLOSED) {
            throw new ConflictException("orderId", "Order " + id + " is " + status + "; nothing more is delivered");
        }
        int room = quantity - inTransit - accepted;
        if (shipped > room) {
            throw new ConflictException("quantity", "Order " + id + " is for " + quantity + " drones: " + accepted
                    + " accepted and " + inTransit + " in transit leave room for " + room + ", not " + shipped);
        }
    }

    /** The reference of this order's entries on the fund's ledger. */
    public String reference() {
        return "ORDER-" + id;
    }

    public Money value() {
        return new Money(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }

    /** The manufacturer has started producing the order. */
    public void startProduction() {
        if (status != OrderStatus.PLACED) {
            throw new ConflictException("status", "Order " + id + " is " + status + "; only a PLACED order goes "
                    + "into production");
        }
        status = OrderStatus.IN_PRODUCTION;
    }

    /**
     * Closes the order: nothing more is shipped or tested against it. A fully delivered order
     * closes as it is; a partly delivered one only with the reason the rest is not coming. The
     * caller releases what was committed and not paid.
     */
    public void close(String reason) {
        if (status != OrderStatus.DELIVERED && status != OrderStatus.PARTIALLY_DELIVERED) {
            throw new ConflictException("status", "Order " + id + " is " + status + "; only a DELIVERED or "
                    + "PARTIALLY_DELIVERED order is closed");
        }
        if (status == OrderStatus.PARTIALLY_DELIVERED) {
            statusReason = requireReason(reason, "say why the rest of the order is not coming");
        } else if (reason != null && !reason.isBlank()) {
            statusReason = reason.strip();
        }
        status = OrderStatus.CLOSED;
    }

    /**
     * Cancels what remains of the order: all of it before any delivery, the undelivered rest of a
     * partly delivered one. The caller releases what was committed and not paid.
     */
    public void cancel(String reason) {
        if (status != OrderStatus.PLACED && status != OrderStatus.IN_PRODUCTION
                && status != OrderStatus.PARTIALLY_DELIVERED) {
            throw new ConflictException("status", "Order " + id + " is " + status + " and cannot be cancelled");
        }
        statusReason = requireReason(reason, "give the reason for cancelling");
        status = OrderStatus.CANCELLED;
    }

    private static String requireReason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", missing);
        }
        return reason.strip();
    }

    /** A payment can be made while the order runs or is delivered; never once it ended. */
    public void requireOpenForPayment() {
        if (status == OrderStatus.CLOSED || status == OrderStatus.CANCELLED) {
            throw new ConflictException("status", "Order " + id + " is " + status + "; nothing more is paid on it");
        }
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

    public Map<String, BigDecimal> getShares() {
        return new TreeMap<>(shares);
    }

    public long getVersion() {
        return version;
    }
}
