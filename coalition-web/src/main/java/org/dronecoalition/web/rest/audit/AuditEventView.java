package org.dronecoalition.web.rest.audit;

import java.time.OffsetDateTime;
import org.dronecoalition.domain.audit.AuditEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One recorded state change")
public record AuditEventView(long id, OffsetDateTime occurredAt,
        @Schema(example = "cso") String actor,
        @Schema(example = "MemberCountry") String aggregateType,
        @Schema(example = "LU") String aggregateId,
        @Schema(example = "AMENDED") String action,
        String detail) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAggregateType(),
                e.getAggregateId(), e.getAction(), e.getDetail());
    }
}
