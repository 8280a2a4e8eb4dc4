package org.dronecoalition.domain.tender;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/** Tenders by reference (unique) and by status and deadline (indexed); clarifications by tender. */
@ApplicationScoped
public class TenderRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Tender get(String reference) {
        return em.createQuery("select t from Tender t where t.reference = :ref", Tender.class)
                .setParameter("ref", reference).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("Tender", reference));
    }

    public Tender get(long id) {
        Tender t = em.find(Tender.class, id);
        if (t == null) {
            throw new UnknownEntityException("Tender", id);
        }
        return t;
    }

    /**
     * Reads the tender under a row lock, so that what is decided on one tender happens one at a
     * time: a bid that read "before the deadline" commits before the proposals are opened, and
     * two award proposals or scale-up orders never both pass their checks.
     */
    public Tender lock(long id) {
        return em.find(Tender.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean exists(String reference) {
        return !em.createQuery("select t.id from Tender t where t.reference = :ref", Long.class)
                .setParameter("ref", reference).setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Tender tender) {
        em.persist(tender);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /**
     * Latest deadline first (led by the status when one is asked for, as the index is, V20). Drafts
     * are listed only when asked for by status. The page's criteria come in one more query, not one
     * per tender.
     */
    public Page<Tender> list(TenderStatus status, boolean includeDrafts, PageRequest request) {
        String where = status != null ? " where t.status = :status"
                : includeDrafts ? "" : " where t.status <> :status";
        TenderStatus bound = status != null ? status : includeDrafts ? null : TenderStatus.DRAFT;
        var query = em.createQuery("select t from Tender t" + where
                + " order by " + (status != null ? "t.status, " : "") + "t.submissionDeadline desc, t.id desc",
                Tender.class).setHint(QueryHints.BATCH, "t.criteria").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        var count = em.createQuery("select count(t) from Tender t" + where, Long.class);
        if (bound != null) {
            query.setParameter("status", bound);
            count.setParameter("status", bound);
        }
        List<Tender> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    /** How many tenders are in each state, drafts left out: the CSO's drafts are nobody else's business. */
    public Map<TenderStatus, Long> countPublishedByStatus() {
        Map<TenderStatus, Long> counts = new EnumMap<>(TenderStatus.class);
        em.createQuery("select t.status, count(t) from Tender t where t.status <> :draft group by t.status",
                        Object[].class)
                .setParameter("draft", TenderStatus.DRAFT).getResultList()
                .forEach(r -> counts.put((TenderStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** Published tenders whose deadline has passed: the timer closes them. */
    public List<Long> due(Instant now) {
        return em.createQuery("select t.id from Tender t where t.status = :status and t.submissionDeadline <= :now",
                        Long.class)
                .setParameter("status", TenderStatus.PUBLISHED)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).getResultList();
    }

    public void add(Clarification clarification) {
        em.persist(clarification);
        em.flush();
    }

    public Clarification clarification(long tenderId, long id) {
        Clarification c = em.find(Clarification.class, id);
        if (c == null || c.getTenderId() != tenderId) {
            throw new UnknownEntityException("Clarification", id);
        }
        return c;
    }

    /**
     * Clarifications in the order asked: answered ones for everyone, plus unanswered ones for the
     * CSO ({@code all}) or for the manufacturer that asked them ({@code asker}).
     */
    public Page<Clarification> clarifications(long tenderId, boolean all, Long asker, PageRequest request) {
        String where = " where c.tenderId = :tender" + (all ? ""
                : asker == null ? " and c.answer is not null"
                : " and (c.answer is not null or c.manufacturerId = :asker)");
        var query = em.createQuery("select c from Clarification c" + where + " order by c.askedAt, c.id",
                Clarification.class).setParameter("tender", tenderId);
        var count = em.createQuery("select count(c) from Clarification c" + where, Long.class)
                .setParameter("tender", tenderId);
        if (!all && asker != null) {
            query.setParameter("asker", asker);
            count.setParameter("asker", asker);
        }
        return new Page<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }
}
