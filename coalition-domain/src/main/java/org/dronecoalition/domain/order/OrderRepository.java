package org.dronecoalition.domain.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

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

    /** The order, locked: shipments against it are checked one at a time. */
    public Order lock(long id) {
        Order o = em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new UnknownEntityException("Order", id);
        }
        return o;
    }

    /** Drones ordered from a manufacturer on a tender, cancelled orders aside. */
    public long ordered(long tenderId, long manufacturerId) {
        Long sum = em.createQuery("select sum(o.quantity) from DroneOrder o where o.tenderId = :t "
                        + "and o.manufacturerId = :m and o.status <> :cancelled", Long.class)
                .setParameter("t", tenderId).setParameter("m", manufacturerId)
                .setParameter("cancelled", OrderStatus.CANCELLED).getSingleResult();
        return sum == null ? 0 : sum;
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
        // Led by the column held equal, as the index that serves the filter is (V20).
        String lead = manufacturerId != null ? "o.manufacturerId, " : status != null ? "o.status, " : "";
        // The page's member shares come in one more query when the first is read, not one per order.
        var query = em.createQuery("select o from DroneOrder o" + where + " order by " + lead
                + "o.placedAt desc, o.id desc", Order.class)
                .setHint(QueryHints.BATCH, "o.shares").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
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

    public void add(OrderPayment payment) {
        em.persist(payment);
        em.flush();
    }

    public OrderPayment payment(long id) {
        return em.find(OrderPayment.class, id);
    }

    /** An order's payments, by the day paid. */
    public Page<OrderPayment> payments(long orderId, PageRequest request) {
        return new Page<>(em.createQuery("select p from OrderPayment p where p.orderId = :o "
                        + "order by p.paidOn, p.id", OrderPayment.class).setParameter("o", orderId)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), em.createQuery("select count(p) from OrderPayment p "
                        + "where p.orderId = :o", Long.class).setParameter("o", orderId).getSingleResult());
    }
}
