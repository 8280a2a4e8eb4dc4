package org.dronecoalition.domain.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.dronecoalition.domain.audit.AuditTrail;

/**
 * The version of the data behind the dashboard, in the database so that every node reads the same:
 * each recorded change of a member, fund, pledge, manufacturer, tender, order or delivery moves it
 * on, in the change's own transaction. Figures counted at a version are true while it stands.
 */
@ApplicationScoped
public class FiguresVersion {

    private static final Set<String> COUNTED = Set.of("MemberCountry", "Fund", "Contribution", "Manufacturer",
            "Tender", "Order", "Delivery");

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public long current() {
        return em.createQuery("select v.version from FiguresGeneration v where v.id = 1", Long.class)
                .getSingleResult();
    }

    void changed(@Observes AuditTrail.Recorded change) {
        if (COUNTED.contains(change.aggregateType())) {
            em.createQuery("update FiguresGeneration v set v.version = v.version + 1 where v.id = 1").executeUpdate();
        }
    }
}
