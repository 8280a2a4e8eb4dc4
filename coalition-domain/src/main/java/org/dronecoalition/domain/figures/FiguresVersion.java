package org.dronecoalition.domain.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.dronecoalition.domain.audit.AuditTrail;

/**
 * The versions of the data behind the figures, in the database so that every node reads the same.
 * Figures counted at a version are true while it stands. Money and drones have a version each, so
 * that a commitment does not make every delivery be counted again.
 */
@ApplicationScoped
public class FiguresVersion {

    /** The row of the drones' version. */
    private static final int DRONES = 2;

    /**
     * Orders and deliveries: the drones the money became, counted by category, manufacturer (by
     * name, which only an identity change moves) and month.
     */
    private static final Set<String> DRONE_AGGREGATES = Set.of("Order", "Delivery");

    /**
     * Members, funds and pledges, summed from the rows that change with them: a fund's version and
     * its ledger's entries, a member country's version, each member's pledges to each fund. Each
     * only grows and no row goes, so the sum moves with every change, and money written to one fund
     * moves no row that another fund's writers wait for.
     */
    private static final String MONEY = "select (select coalesce(sum(version), 0) from fund)"
            + " + (select coalesce(sum(entries), 0) from fund_total)"
            + " + (select coalesce(sum(version), 0) from member_country)"
            + " + (select coalesce(sum(pledges), 0) from fund_member_total)";

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public long money() {
        return ((Number) em.createNativeQuery(MONEY).getSingleResult()).longValue();
    }

    public long drones() {
        return em.createQuery("select v.version from FiguresGeneration v where v.id = :row", Long.class)
                .setParameter("row", DRONES).getSingleResult();
    }

    /** Each recorded change of the drones moves their version, in the change's own transaction. */
    void changed(@Observes AuditTrail.Recorded change) {
        if (DRONE_AGGREGATES.contains(change.aggregateType())
                || change.aggregateType().equals("Manufacturer") && change.action().equals("IDENTITY_CHANGED")) {
            em.createQuery("update FiguresGeneration v set v.version = v.version + 1 where v.id = :row")
                    .setParameter("row", DRONES).executeUpdate();
        }
    }
}
