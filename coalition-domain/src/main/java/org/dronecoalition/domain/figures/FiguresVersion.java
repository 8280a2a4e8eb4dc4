package org.dronecoalition.domain.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.dronecoalition.domain.audit.AuditTrail;

/**
 * The versions of the data behind the figures, in the database so that every node reads the same:
 * each recorded change moves on the version of what it counts for, in the change's own transaction.
 * Figures counted at a version are true while it stands. Money and drones have a version each, so
 * that a commitment does not make every delivery be counted again.
 */
@ApplicationScoped
public class FiguresVersion {

    /** What a version counts for, and the aggregates whose changes move it. */
    public enum Subject {
        /** Members, funds and pledges: the money the coalition pooled and spent. */
        MONEY(1, Set.of("MemberCountry", "Fund", "Contribution")),
        /** Manufacturers, tenders, orders and deliveries: the drones the money became. */
        DRONES(2, Set.of("Manufacturer", "Tender", "Order", "Delivery"));

        private final int row;
        private final Set<String> aggregates;

        Subject(int row, Set<String> aggregates) {
            this.row = row;
            this.aggregates = aggregates;
        }
    }

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public long current(Subject subject) {
        return em.createQuery("select v.version from FiguresGeneration v where v.id = :row", Long.class)
                .setParameter("row", subject.row).getSingleResult();
    }

    void changed(@Observes AuditTrail.Recorded change) {
        for (Subject subject : Subject.values()) {
            if (subject.aggregates.contains(change.aggregateType())) {
                em.createQuery("update FiguresGeneration v set v.version = v.version + 1 where v.id = :row")
                        .setParameter("row", subject.row).executeUpdate();
            }
        }
    }
}
