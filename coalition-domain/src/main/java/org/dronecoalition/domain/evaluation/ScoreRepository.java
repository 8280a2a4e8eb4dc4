package org.dronecoalition.domain.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Scores by proposal and country (unique), and all scores of a tender's proposals in one query. */
@ApplicationScoped
public class ScoreRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Optional<Score> find(long proposalId, String memberCode, String criterion) {
        return em.createQuery("select s from Score s where s.proposalId = :p and s.memberCode = :m "
                        + "and s.criterion = :c", Score.class)
                .setParameter("p", proposalId).setParameter("m", memberCode).setParameter("c", criterion)
                .getResultStream().findFirst();
    }

    public void add(Score score) {
        em.persist(score);
    }

    public void flush() {
        em.flush();
    }

    public List<Score> ofTender(long tenderId) {
        return em.createQuery("select s from Score s, Proposal p where s.proposalId = p.id and p.tenderId = :t",
                Score.class).setParameter("t", tenderId).getResultList();
    }
}
