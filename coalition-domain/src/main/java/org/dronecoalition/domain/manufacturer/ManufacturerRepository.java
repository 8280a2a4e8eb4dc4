package org.dronecoalition.domain.manufacturer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** Manufacturers: unique per (country, registration number), listed by status (both indexed). */
@ApplicationScoped
public class ManufacturerRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Manufacturer get(long id) {
        Manufacturer m = em.find(Manufacturer.class, id);
        if (m == null) {
            throw new UnknownEntityException("Manufacturer", id);
        }
        return m;
    }

    public boolean registered(CountryCode country, String registrationNumber) {
        return !em.createQuery("select m.id from Manufacturer m where m.countryCode = :country "
                        + "and m.registrationNumber = :number", Long.class)
                .setParameter("country", country.value())
                .setParameter("number", Manufacturer.normalised(registrationNumber))
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Manufacturer manufacturer) {
        em.persist(manufacturer);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** Oldest registration first, so the CSO works through the queue in order; status null means all. */
    public Page<Manufacturer> list(ManufacturerStatus status, PageRequest request) {
        String where = status == null ? "" : " where m.status = :status";
        var query = em.createQuery("select m from Manufacturer m" + where + " order by m.registeredAt, m.id",
                Manufacturer.class);
        var count = em.createQuery("select count(m) from Manufacturer m" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<Manufacturer> items = query.setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }
}
