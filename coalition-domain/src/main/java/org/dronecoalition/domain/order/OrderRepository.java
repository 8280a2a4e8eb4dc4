package org.dronecoalition.domain.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** Orders, newest first; by manufacturer (its users see their own) or by status (both indexed). */
@ApplicationScoped
public class OrderRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Order get(long id) {
        Order o = em.find(Order.class, id);
        if (o == null) {
            throw new UnknownEntityException("Order", id);
        }
        return o;
    }

    public void add(Order order) {
        em.persist(order);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** {@code manufacturerId} and {@code status} narrow the list when given. */
    public Page<Order> list(Long manufacturerId, OrderStatus status, PageRequest request) {
        String where = " where 1 = 1" + (manufacturerId == null ? "" : " and o.manufacturerId = :m")
                + (status == null ? "" : " and o.status = :s");
        var query = em.createQuery("select o from DroneOrder o" + where + " order by o.placedAt desc, o.id desc",
                Order.class);
        var count = em.createQuery("select count(o) from DroneOrder o" + where, Long.class);
        if (manufacturerId != null) {
            query.setParameter("m", manufacturerId);
            count.setParameter("m", manufacturerId);
        }
        if (status != null) {
            query.setParameter("s", status);
            count.setParameter("s", status);
        }
        return new Page<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }
}
