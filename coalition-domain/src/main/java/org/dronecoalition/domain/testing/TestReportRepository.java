package org.dronecoalition.domain.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.dronecoalition.domain.order.OrderKind;

/** Test reports by order, and whether a pilot batch of a manufacturer on a tender has passed. */
@ApplicationScoped
public class TestReportRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public void add(TestReport report) {
        em.persist(report);
        em.flush();
    }

    /** An order's reports, oldest first: a few per pilot batch. */
    public List<TestReport> ofOrder(long orderId) {
        return em.createQuery("select r from TestReport r where r.orderId = :o order by r.id", TestReport.class)
                .setParameter("o", orderId).getResultList();
    }

    public boolean pilotPassed(long tenderId, long manufacturerId) {
        return !em.createQuery("select r.id from TestReport r, DroneOrder o where r.orderId = o.id "
                        + "and o.tenderId = :t and o.manufacturerId = :m and o.kind = :k and r.verdict = :v",
                        Long.class)
                .setParameter("t", tenderId).setParameter("m", manufacturerId).setParameter("k", OrderKind.PILOT)
                .setParameter("v", Verdict.PASSED).setMaxResults(1).getResultList().isEmpty();
    }
}
