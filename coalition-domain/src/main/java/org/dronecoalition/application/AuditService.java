package org.dronecoalition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditEvent;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;

/** Reading the audit trail is for the CSO only. */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditTrail trail;

    public Page<AuditEvent> list(Actor actor, String aggregateType, String aggregateId, PageRequest page) {
        actor.require(Role.CSO_ADMIN);
        return trail.list(aggregateType, aggregateId, page);
    }
}
