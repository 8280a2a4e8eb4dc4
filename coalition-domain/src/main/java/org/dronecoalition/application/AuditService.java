package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditEvent;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;

/** Reading the audit trail is for the CSO only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditService {

    @Inject
    AuditTrail trail;

    public Page<AuditEvent> list(Actor actor, String aggregateType, String aggregateId, PageRequest page) {
        actor.require(Role.CSO_ADMIN, Role.MEMBER_REP);
        // Who may sign in, and with which role, is the CSO's business.
        return trail.list(aggregateType, aggregateId, actor.has(Role.CSO_ADMIN) ? null : AccountService.AGGREGATE,
                page);
    }
}
