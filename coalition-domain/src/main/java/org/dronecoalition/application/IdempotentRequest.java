package org.dronecoalition.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A POST that carried an Idempotency-Key: stored in the transaction of the action it started, so
 * that a retry finds the first result and a concurrent duplicate fails on the primary key.
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    @Id
    @Column(name = "request_key", length = 200)
    private String key;

    @Column(name = "operation", nullable = false, length = 60, updatable = false)
    private String operation;

    @Column(name = "result_id", nullable = false, updatable = false)
    private Long resultId;

    @Column(name = "request_sha256", length = 64, updatable = false)
    private String requestSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected IdempotentRequest() {
    }

    IdempotentRequest(String key, String operation, String requestSha256, Long resultId, OffsetDateTime createdAt) {
        this.key = key;
        this.operation = operation;
        this.requestSha256 = requestSha256;
        this.resultId = resultId;
        this.createdAt = createdAt;
    }

    /** Whether a retry asks for what the first request asked for; rows from before the hash was kept match. */
    boolean asksFor(String operation, String requestSha256) {
        return this.operation.equals(operation) && (this.requestSha256 == null
                || this.requestSha256.equals(requestSha256));
    }

    Long getResultId() {
        return resultId;
    }
}
