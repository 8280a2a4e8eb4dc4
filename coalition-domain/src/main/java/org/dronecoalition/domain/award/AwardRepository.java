package org.dronecoalition.domain.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Award decisions by tender, the latest first (indexed by tender and status). */
@ApplicationScoped
public class AwardRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Optional<AwardDecision> latest(long tenderId) {
        return em.createQuery("select d from AwardDecision d where d.tenderId = :t order by d.id desc",
                AwardDecision.class).setParameter("t", tenderId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The open decision, locked, so that votes and the closing are counted one at a time. */
    public Optional<AwardDecision> openForUpdate(long tenderId) {
        return em.createQuery("select d from AwardDecision d where d.tenderId = :t and d.status = :s",
                        AwardDecision.class)
                .setParameter("t", tenderId).setParameter("s", DecisionStatus.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public void add(AwardDecision decision) {
        em.persist(decision);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
