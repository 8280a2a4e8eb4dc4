package org.dronecoalition.domain.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** Member countries, looked up by ISO code (unique index) and listed by status (indexed). */
@ApplicationScoped
public class MemberCountryRepository {

    /** The order in which lists can be sorted. */
    public enum Sort {
        CODE("m.code"), NAME("m.name"), JOINED_ON("m.joinedOn, m.code");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Optional<MemberCountry> find(CountryCode code) {
        return em.createQuery("select m from MemberCountry m where m.code = :code", MemberCountry.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst();
    }

    public MemberCountry get(CountryCode code) {
        return find(code).orElseThrow(() -> new UnknownEntityException("Member country", code));
    }

    public void add(MemberCountry member) {
        em.persist(member);
        em.flush();
    }

    /** Writes pending changes now, so that a concurrent change fails here as a version conflict. */
    public void flush() {
        em.flush();
    }

    /** A page of members; {@code status} null means all. */
    public Page<MemberCountry> list(MembershipStatus status, Sort sort, PageRequest request) {
        String where = status == null ? "" : " where m.status = :status";
        var query = em.createQuery("select m from MemberCountry m" + where + " order by " + sort.orderBy,
                MemberCountry.class);
        var count = em.createQuery("select count(m) from MemberCountry m" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<MemberCountry> items = query.setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    public long count(MembershipStatus status) {
        return em.createQuery("select count(m) from MemberCountry m where m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Join dates of the current members, oldest first: the growth of the coalition. */
    public List<LocalDate> joinDates() {
        return em.createQuery("select m.joinedOn from MemberCountry m where m.status = :status order by m.joinedOn",
                        LocalDate.class)
                .setParameter("status", MembershipStatus.MEMBER)
                .getResultList();
    }
}
