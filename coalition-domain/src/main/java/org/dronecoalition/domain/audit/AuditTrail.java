package org.dronecoalition.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;

/**
 * The audit trail. Recording joins the caller's transaction (MANDATORY), so an event is stored
 * exactly when the change it describes is. Events about proposals are sealed with their tender:
 * no list or count shows them until the tender has been opened.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int DETAIL_LIMIT = 2000;

    /** Fired, in the recording transaction, for every change recorded. */
    public record Recorded(String aggregateType, String action) {
    }

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<Recorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String aggregateType, Object aggregateId, String action, String detail) {
        persist(actor, aggregateType, aggregateId, action, detail, null);
    }

    /** An event that stays out of every list and count until the tender is opened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSealed(Actor actor, String aggregateType, Object aggregateId, String action, String detail,
            long tenderId) {
        persist(actor, aggregateType, aggregateId, action, detail, tenderId);
    }

    private void persist(Actor actor, String aggregateType, Object aggregateId, String action, String detail,
            Long sealedTenderId) {
        String text = detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
        em.persist(new AuditEvent(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor.username(),
                aggregateType, String.valueOf(aggregateId), action, text, sealedTenderId));
        recorded.fire(new Recorded(aggregateType, action));
    }

    /**
     * Newest first, never an event of an unopened tender's proposals; {@code aggregateType} and
     * {@code aggregateId} narrow the list when given; events of {@code hiddenType} are left out.
     */
    public Page<AuditEvent> list(String aggregateType, String aggregateId, String hiddenType, PageRequest request) {
        StringBuilder where = new StringBuilder(" where (e.sealedTenderId is null or e.sealedTenderId in "
                + "(select t.id from Tender t where t.openedAt is not null))");
        if (hiddenType != null) {
            where.append(" and e.aggregateType <> :hidden");
        }
        if (aggregateType != null) {
            where.append(" and e.aggregateType = :type");
        }
        if (aggregateId != null) {
            where.append(" and e.aggregateId = :id");
        }
        // Led by the columns held equal, as the indexes that serve the filters are (V20).
        String lead = aggregateType == null ? "" : aggregateId == null ? "e.aggregateType, "
                : "e.aggregateType, e.aggregateId, ";
        var query = em.createQuery("select e from AuditEvent e" + where + " order by " + lead
                + "e.occurredAt desc, e.id desc", AuditEvent.class);
        var count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        if (aggregateType != null) {
            query.setParameter("type", aggregateType);
            count.setParameter("type", aggregateType);
        }
        if (aggregateId != null) {
            query.setParameter("id", aggregateId);
            count.setParameter("id", aggregateId);
        }
        if (hiddenType != null) {
            query.setParameter("hidden", hiddenType);
            count.setParameter("hidden", hiddenType);
        }
        return new Page<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }
}
