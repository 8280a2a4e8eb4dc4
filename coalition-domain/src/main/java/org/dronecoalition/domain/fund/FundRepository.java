package org.dronecoalition.domain.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

@ApplicationScoped
public class FundRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Fund get(long id) {
        return Optional.ofNullable(em.find(Fund.class, id)).orElseThrow(() -> new UnknownEntityException("Fund", id));
    }

    public boolean nameTaken(String name) {
        return !em.createQuery("select f.id from Fund f where f.name = :name", Long.class)
                .setParameter("name", name.strip()).setMaxResults(1).getResultList().isEmpty();
    }

    /** Adds the fund with its totals, all zero: the row that its money moves under ({@link Ledger#lock}). */
    public void add(Fund fund) {
        em.persist(fund);
        em.flush();
        em.persist(new FundTotals(fund.getId()));
    }

    public void flush() {
        em.flush();
    }

    /** Fund names by id, for lists that name the fund of each row in one query. */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f.id, f.name from Fund f where f.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public Page<Fund> list(PageRequest request) {
        List<Fund> items = em.createQuery("select f from Fund f order by f.name", Fund.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(f) from Fund f", Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
