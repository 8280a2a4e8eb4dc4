package org.dronecoalition.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One state change: who did what to which aggregate, and when. Append-only: no setters. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "aggregate_type", nullable = false, length = 40, updatable = false)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, length = 60, updatable = false)
    private String aggregateId;

    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    /** The tender whose opening unseals this event; null for an event that is never sealed. */
    @Column(name = "sealed_tender_id", updatable = false)
    private Long sealedTenderId;

    protected AuditEvent() {
    }

    AuditEvent(OffsetDateTime occurredAt, String actor, String aggregateType, String aggregateId, String action,
            String detail, Long sealedTenderId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.action = action;
        this.detail = detail;
        this.sealedTenderId = sealedTenderId;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public String getAggregateId() {
        return aggregateId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
