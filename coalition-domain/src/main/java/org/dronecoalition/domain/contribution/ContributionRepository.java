package org.dronecoalition.domain.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

@ApplicationScoped
public class ContributionRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Contribution get(long id) {
        Contribution c = em.find(Contribution.class, id);
        if (c == null) {
            throw new UnknownEntityException("Contribution", id);
        }
        return c;
    }

    public void add(Contribution contribution) {
        em.persist(contribution);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Page<Contribution> ofMember(String memberCode, PageRequest request) {
        List<Contribution> items = em.createQuery("select c from Contribution c where c.memberCode = :member "
                        + "order by c.pledgedOn, c.id", Contribution.class)
                .setParameter("member", memberCode)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(c) from Contribution c where c.memberCode = :member", Long.class)
                .setParameter("member", memberCode).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Pledges with money still to arrive, oldest first: what the CSO records receipts against. */
    public Page<Contribution> open(PageRequest request) {
        List<Contribution> items = em.createQuery("select c from Contribution c where c.received < c.pledged "
                        + "order by c.pledgedOn, c.id", Contribution.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(c) from Contribution c where c.received < c.pledged", Long.class)
                .getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
