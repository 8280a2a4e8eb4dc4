package org.dronecoalition.domain.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.function.Predicate;
import org.dronecoalition.domain.audit.AuditTrail;

/**
 * The versions of the data behind the figures, in the database so that every node reads the same:
 * each recorded change moves on the version of what it counts for, in the change's own transaction.
 * Figures counted at a version are true while it stands. Money and drones have a version each, so
 * that a commitment does not make every delivery be counted again.
 */
@ApplicationScoped
public class FiguresVersion {

    /** What a version counts for, and the changes that move it. */
    public enum Subject {
        /** Members, funds and pledges: the money the coalition pooled and spent. */
        MONEY(1, change -> Set.of("MemberCountry", "Fund", "Contribution").contains(change.aggregateType())),
        /**
         * Orders and deliveries: the drones the money became, counted by category, manufacturer
         * (by name, which only an identity change moves) and month.
         */
        DRONES(2, change -> Set.of("Order", "Delivery").contains(change.aggregateType())
                || change.aggregateType().equals("Manufacturer") && change.action().equals("IDENTITY_CHANGED"));

        private final int row;
        private final Predicate<AuditTrail.Recorded> moves;

        Subject(int row, Predicate<AuditTrail.Recorded> moves) {
            this.row = row;
            this.moves = moves;
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
            if (subject.moves.test(change)) {
                em.createQuery("update FiguresGeneration v set v.version = v.version + 1 where v.id = :row")
                        .setParameter("row", subject.row).executeUpdate();
            }
        }
    }
}
