package org.dronecoalition.domain.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dronecoalition.domain.shared.After;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/**
 * Deliveries, newest shipment first, with the count of each filter kept between changes; per order the
 * drones in transit and accepted (indexed by order).
 */
@ApplicationScoped
public class DeliveryRepository {

    /** What an order has in transit and what was accepted, from its deliveries. */
    public record OrderProgress(int inTransit, int accepted) {
    }

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    @Inject
    DeliveryCounts counts;

    public Delivery get(long id) {
        Delivery d = em.find(Delivery.class, id);
        if (d == null) {
            throw new UnknownEntityException("Delivery", id);
        }
        return d;
    }

    public void add(Delivery delivery) {
        em.persist(delivery);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public OrderProgress progress(long orderId) {
        Object[] row = em.createQuery("select sum(case when d.status = :shipped then d.quantity else 0 end), "
                        + "sum(coalesce(d.accepted, 0)) from Delivery d where d.orderId = :o", Object[].class)
                .setParameter("shipped", DeliveryStatus.SHIPPED).setParameter("o", orderId).getSingleResult();
        return new OrderProgress(row[0] == null ? 0 : ((Number) row[0]).intValue(),
                row[1] == null ? 0 : ((Number) row[1]).intValue());
    }

    /** An order's deliveries, oldest shipment first: a few dozen at most. */
    public List<Delivery> ofOrder(long orderId) {
        return em.createQuery("select d from Delivery d where d.orderId = :o order by d.shippedOn, d.id",
                Delivery.class).setParameter("o", orderId).getResultList();
    }

    /**
     * What to list: any field left null does not narrow. {@code memberCode} is the donor of a donation in
     * kind; {@code month} is the month of shipment; {@code manufacturerId} keeps that manufacturer's orders.
     */
    public record Filter(DeliverySource source, String memberCode, YearMonth month, Long manufacturerId) {
        public Filter forManufacturer(Long id) {
            return new Filter(source, memberCode, month, id);
        }
    }

    /** Latest shipment first; from a key on ({@link PageRequest#after()}) by an index seek. */
    public Page<Delivery> list(Filter filter, PageRequest request) {
        String where = where(filter);
        After after = request.after();
        String seek = "d.shippedOn <= :on and (d.shippedOn < :on or d.id < :id)";
        var query = em.createQuery("select d from Delivery d" + where
                + (after == null ? "" : (where.isEmpty() ? " where " : " and ") + seek)
                + " order by " + order(filter), Delivery.class);
        var count = em.createQuery("select count(d) from Delivery d" + where, Long.class);
        bind(query, filter);
        bind(count, filter);
        if (after != null) {
            query.setParameter("on", shippedOn(after)).setParameter("id", after.id());
        }
        List<Delivery> items = query.setFirstResult(after == null ? request.offset() : 0)
                .setMaxResults(request.size()).getResultList();
        long total = counts.of(filter, count::getSingleResult);
        Delivery last = items.isEmpty() ? null : items.get(items.size() - 1);
        boolean more = last != null && (request.page() + 1L) * request.size() < total;
        return new Page<>(items, request.page(), request.size(), total,
                more ? new After(request.page() + 1, last.getShippedOn().toString(), last.getId()) : null);
    }

    private static LocalDate shippedOn(After after) {
        try {
            return LocalDate.parse(after.key());
        } catch (DateTimeParseException e) {
            throw After.invalid();
        }
    }

    /** Latest first, led by the column the filter holds equal, as the index that serves it is (V20). */
    private static String order(Filter f) {
        return (f.source() != null ? "d.source, " : f.memberCode() != null ? "d.memberCode, " : "")
                + "d.shippedOn desc, d.id desc";
    }

    private static String where(Filter f) {
        List<String> terms = new ArrayList<>();
        if (f.source() != null) {
            terms.add("d.source = :source");
        }
        if (f.memberCode() != null) {
            terms.add("d.memberCode = :member");
        }
        if (f.month() != null) {
            terms.add("d.shippedOn >= :from and d.shippedOn < :to");
        }
        if (f.manufacturerId() != null) {
            terms.add("d.orderId in (select o.id from DroneOrder o where o.manufacturerId = :m)");
        }
        return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
    }

    private static void bind(TypedQuery<?> query, Filter f) {
        if (f.source() != null) {
            query.setParameter("source", f.source());
        }
        if (f.memberCode() != null) {
            query.setParameter("member", f.memberCode());
        }
        if (f.month() != null) {
            query.setParameter("from", f.month().atDay(1));
            query.setParameter("to", f.month().plusMonths(1).atDay(1));
        }
        if (f.manufacturerId() != null) {
            query.setParameter("m", f.manufacturerId());
        }
    }
}
