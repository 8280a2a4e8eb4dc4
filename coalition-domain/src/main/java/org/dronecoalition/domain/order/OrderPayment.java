package org.dronecoalition.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;

/**
 * Money paid to the manufacturer against an order's invoice: the ledger entry that drew it from
 * the order's commitment, with the invoice it settles and the day it was paid. Never edited.
 */
@Entity
@Table(name = "order_payment")
public class OrderPayment {

    @Id
    @SequenceGenerator(name = "order_payment_seq", sequenceName = "order_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_payment_seq")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "ledger_entry_id", nullable = false, updatable = false)
    private long ledgerEntryId;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "invoice_reference", nullable = false, length = 80, updatable = false)
    private String invoiceReference;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected OrderPayment() {
    }

    /** A payment of {@code amount} on {@code paidOn}, which can be neither before the order nor after today. */
    public OrderPayment(Order order, long ledgerEntryId, Money amount, LocalDate paidOn, String invoiceReference,
            String username, Instant now) {
        if (invoiceReference == null || invoiceReference.isBlank() || invoiceReference.strip().length() > 80) {
            throw new InvalidInputException("invoiceReference", "name the invoice paid, in 1 to 80 characters");
        }
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        if (paidOn == null || paidOn.isAfter(today) || paidOn.isBefore(order.getPlacedAt().toLocalDate())) {
            throw new InvalidInputException("paidOn", "a payment is dated between the order's placing ("
                    + order.getPlacedAt().toLocalDate() + ") and today (" + today + ")");
        }
        this.orderId = order.getId();
        this.ledgerEntryId = ledgerEntryId;
        this.amount = amount.amount();
        this.paidOn = paidOn;
        this.invoiceReference = invoiceReference.strip();
        this.recordedBy = username;
        this.recordedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getLedgerEntryId() {
        return ledgerEntryId;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getInvoiceReference() {
        return invoiceReference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
