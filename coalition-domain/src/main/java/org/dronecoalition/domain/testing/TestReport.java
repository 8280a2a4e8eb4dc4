package org.dronecoalition.domain.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderKind;
import org.dronecoalition.domain.order.OrderStatus;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;

/** What test and evaluation found on a pilot batch. Reports are never edited: a retest is a new report. */
@Entity
@Table(name = "test_report")
public class TestReport {

    @Id
    @SequenceGenerator(name = "test_report_seq", sequenceName = "test_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "test_report_seq")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "units_tested", nullable = false, updatable = false)
    private int unitsTested;

    @Column(name = "mission_success_rate", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal missionSuccessRate;

    @Column(name = "range_km", precision = 7, scale = 2, updatable = false)
    private BigDecimal rangeKm;

    @Enumerated(EnumType.STRING)
    @Column(name = "ew_resistance", nullable = false, length = 20, updatable = false)
    private EwResistance ewResistance;

    @Column(name = "notes", length = 4000, updatable = false)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 20, updatable = false)
    private Verdict verdict;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected TestReport() {
    }

    public TestReport(Order order, int unitsTested, BigDecimal missionSuccessRate, BigDecimal rangeKm,
            EwResistance ewResistance, String notes, Verdict verdict, String username, Instant now) {
        if (order.getKind() != OrderKind.PILOT || order.getStatus() == OrderStatus.CANCELLED) {
            throw new ConflictException("order", "Order " + order.getId() + " is a " + order.getKind() + " order, "
                    + order.getStatus() + "; test reports are recorded on pilot orders");
        }
        if (unitsTested < 1 || unitsTested > order.getQuantity()) {
            throw new InvalidInputException("unitsTested", "units tested must be 1 to the " + order.getQuantity()
                    + " of the pilot order");
        }
        if (verdict == null || ewResistance == null) {
            throw new InvalidInputException(verdict == null ? "verdict" : "ewResistance", "give the "
                    + (verdict == null ? "verdict" : "resistance to electronic warfare"));
        }
        if (missionSuccessRate.signum() < 0 || missionSuccessRate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("missionSuccessRate", "the mission success rate is 0 to 100 per cent");
        }
        this.orderId = order.getId();
        this.unitsTested = unitsTested;
        this.missionSuccessRate = missionSuccessRate;
        this.rangeKm = rangeKm;
        this.ewResistance = ewResistance;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.verdict = verdict;
        this.recordedBy = username;
        this.recordedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getUnitsTested() {
        return unitsTested;
    }

    public BigDecimal getMissionSuccessRate() {
        return missionSuccessRate;
    }

    public BigDecimal getRangeKm() {
        return rangeKm;
    }

    public EwResistance getEwResistance() {
        return ewResistance;
    }

    public String getNotes() {
        return notes;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
