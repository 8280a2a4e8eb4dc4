package org.dronecoalition.domain.delivery;

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
import java.time.LocalDate;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A shipment of drones to Ukraine, from an order or donated in kind by a member country. Drones
 * delivered are those accepted on receipt.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10, updatable = false)
    private DeliverySource source;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "member_code", length = 2, updatable = false)
    private String memberCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30, updatable = false)
    private DroneCategory category;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "shipped_on", nullable = false, updatable = false)
    private LocalDate shippedOn;

    @Column(name = "destination", nullable = false, length = 200, updatable = false)
    private String destination;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(name = "accepted")
    private Integer accepted;

    @Column(name = "rejected")
    private Integer rejected;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Delivery() {
    }

    private Delivery(DeliverySource source, Long orderId, String memberCode, DroneCategory category, int quantity,
            LocalDate shippedOn, String destination, String username, LocalDate today) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "a shipment carries at least one drone");
        }
        if (shippedOn == null) {
            throw new InvalidInputException("shippedOn", "give the date of shipment");
        }
        if (shippedOn.isAfter(today)) {
            throw new InvalidInputException("shippedOn", "shippedOn " + shippedOn + " lies in the future");
        }
        if (destination == null || destination.isBlank()) {
            throw new InvalidInputException("destination", "name the destination in Ukraine");
        }
        this.source = source;
        this.orderId = orderId;
        this.memberCode = memberCode;
        this.category = category;
        this.quantity = quantity;
        this.shippedOn = shippedOn;
        this.destination = destination.strip();
        this.status = DeliveryStatus.SHIPPED;
        this.recordedBy = username;
    }

    public static Delivery ofOrder(long orderId, DroneCategory category, int quantity, LocalDate shippedOn,
            String destination, String username, LocalDate today) {
        return new Delivery(DeliverySource.ORDER, orderId, null, category, quantity, shippedOn, destination,
                username, today);
    }

    public static Delivery inKind(CountryCode donor, DroneCategory category, int quantity, LocalDate shippedOn,
            String destination, String username, LocalDate today) {
        return new Delivery(DeliverySource.IN_KIND, null, donor.value(), category, quantity, shippedOn, destination,
                username, today);
    }

    /** Receipt in Ukraine: every drone shipped is either accepted or rejected. */
    public void receive(int acceptedCount, int rejectedCount, LocalDate today) {
        if (status != DeliveryStatus.SHIPPED) {
            throw new ConflictException("status", "Delivery " + id + " was received on " + receivedOn);
        }
        if (acceptedCount < 0 || rejectedCount < 0 || acceptedCount + rejectedCount != quantity) {
            throw new InvalidInputException("accepted", "accepted and rejected must add up to the " + quantity
                    + " drones shipped");
        }
        accepted = acceptedCount;
        rejected = rejectedCount;
        receivedOn = today;
        status = DeliveryStatus.RECEIVED;
    }

    public Long getId() {
        return id;
    }

    public DeliverySource getSource() {
        return source;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public DroneCategory getCategory() {
        return category;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public String getDestination() {
        return destination;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public Integer getAccepted() {
        return accepted;
    }

    public Integer getRejected() {
        return rejected;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public long getVersion() {
        return version;
    }
}
