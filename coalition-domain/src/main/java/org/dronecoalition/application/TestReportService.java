package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.order.OrderRepository;
import org.dronecoalition.domain.testing.EwResistance;
import org.dronecoalition.domain.testing.TestReport;
import org.dronecoalition.domain.testing.TestReportRepository;
import org.dronecoalition.domain.testing.Verdict;

/** Test and evaluation officers report on pilot batches; the order's readers read the reports. */
@Stateless
public class TestReportService {

    /** What the test officer measured. */
    public record Findings(int unitsTested, BigDecimal missionSuccessRate, BigDecimal rangeKm,
            EwResistance ewResistance, String notes, Verdict verdict) {
    }

    @Inject
    OrderRepository orders;

    @Inject
    TestReportRepository reports;

    @Inject
    OrderService orderService;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public TestReport record(Actor actor, long orderId, Findings f) {
        actor.require(Role.TEST_OFFICER);
        TestReport r = new TestReport(orders.get(orderId), f.unitsTested(), f.missionSuccessRate(), f.rangeKm(),
                f.ewResistance(), f.notes(), f.verdict(), actor.username(), clock.instant());
        reports.add(r);
        audit.record(actor, "Order", orderId, "TESTED", f.verdict() + " on " + f.unitsTested() + " units");
        return r;
    }

    /** Whoever may read the order reads its reports. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TestReport> list(Actor actor, long orderId) {
        orderService.get(actor, orderId);
        return reports.ofOrder(orderId);
    }
}
