package org.dronecoalition.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.infrastructure.ServerClock;

/**
 * Shifts the clock of an acceptance-test server; every shift is on the audit trail. The tenders
 * whose deadline a shift passed are closed at once, as the timer would at its next run.
 */
@Stateless
public class ClockService {

    @Inject
    ServerClock clock;

    @Inject
    AuditTrail audit;

    @EJB
    TenderDeadlines deadlines;

    public void shift(Actor actor, Duration offset) {
        actor.require(Role.CSO_ADMIN);
        clock.shift(offset);
        audit.record(actor, "Clock", "server", "SHIFTED", offset.toMillis() + " ms ahead of real time");
        deadlines.closeDueTenders();
    }
}
