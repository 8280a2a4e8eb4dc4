package org.dronecoalition.domain.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dronecoalition.domain.delivery.DeliverySource;
import org.dronecoalition.domain.delivery.DeliveryStatus;
import org.dronecoalition.domain.order.OrderStatus;

/**
 * What the pooled money became, counted in drones: a handful of grouped queries over orders and
 * deliveries, never one query per row. Drones delivered are those accepted in Ukraine.
 */
@ApplicationScoped
public class DroneFigures {

    /** Drones ordered, shipped and accepted under one heading (a category, a manufacturer, a month). */
    public record Count(String key, long ordered, long shipped, long accepted) {
    }

    /**
     * The headings with the most drones ordered (then accepted), and the rest summed in one count,
     * keyed by how many they are: what a page or a client can show of 2,000 manufacturers.
     */
    public record Leaders(List<Count> named, Count others) {

        public static Leaders of(List<Count> all, int named) {
            List<Count> ranked = all.stream().sorted(Comparator.comparingLong(Count::ordered).reversed()
                    .thenComparing(Comparator.comparingLong(Count::accepted).reversed())
                    .thenComparing(Count::key)).toList();
            if (ranked.size() <= named) {
                return new Leaders(ranked, null);
            }
            List<Count> rest = ranked.subList(named, ranked.size());
            return new Leaders(ranked.subList(0, named), new Count(rest.size() + " others",
                    rest.stream().mapToLong(Count::ordered).sum(), rest.stream().mapToLong(Count::shipped).sum(),
                    rest.stream().mapToLong(Count::accepted).sum()));
        }

        /** The named manufacturers, then the others as one bar: what a chart shows. */
        public List<Count> withOthers() {
            return others == null ? named : Stream.concat(named.stream(), Stream.of(others)).toList();
        }
    }

    /** A member country's drones: credited from orders by its share of their fund, and donated in kind. */
    public record CountryShare(String country, BigDecimal creditedOrdered, BigDecimal creditedAccepted,
            long donatedAccepted) {
    }

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public List<Count> byCategory() {
        Map<String, long[]> rows = new TreeMap<>();
        for (Object[] r : em.createQuery("select t.category, sum(o.quantity) from DroneOrder o, Tender t "
                + "where t.id = o.tenderId and o.status <> :cancelled group by t.category", Object[].class)
                .setParameter("cancelled", OrderStatus.CANCELLED).getResultList()) {
            rows.computeIfAbsent(r[0].toString(), k -> new long[3])[0] = ((Number) r[1]).longValue();
        }
        for (Object[] r : em.createQuery("select d.category, sum(d.quantity), sum(coalesce(d.accepted, 0)) "
                + "from Delivery d group by d.category", Object[].class).getResultList()) {
            long[] row = rows.computeIfAbsent(r[0].toString(), k -> new long[3]);
            row[1] = ((Number) r[1]).longValue();
            row[2] = ((Number) r[2]).longValue();
        }
        return counts(rows);
    }

    public List<Count> byManufacturer() {
        Map<String, long[]> rows = new TreeMap<>();
        for (Object[] r : em.createQuery("select m.legalName, sum(o.quantity) from DroneOrder o, Manufacturer m "
                + "where m.id = o.manufacturerId and o.status <> :cancelled group by m.legalName", Object[].class)
                .setParameter("cancelled", OrderStatus.CANCELLED).getResultList()) {
            rows.computeIfAbsent((String) r[0], k -> new long[3])[0] = ((Number) r[1]).longValue();
        }
        for (Object[] r : em.createQuery("select m.legalName, sum(d.quantity), sum(coalesce(d.accepted, 0)) "
                + "from Delivery d, DroneOrder o, Manufacturer m where o.id = d.orderId and m.id = o.manufacturerId "
                + "group by m.legalName", Object[].class).getResultList()) {
            long[] row = rows.computeIfAbsent((String) r[0], k -> new long[3]);
            row[1] = ((Number) r[1]).longValue();
            row[2] = ((Number) r[2]).longValue();
        }
        return counts(rows);
    }

    /** Ordered by the month the order was placed, shipped and accepted by the month of shipment and receipt. */
    public List<Count> byMonth() {
        Map<String, long[]> rows = new TreeMap<>();
        for (Object[] r : em.createQuery("select o.placedAt, o.quantity from DroneOrder o where o.status <> :c",
                Object[].class).setParameter("c", OrderStatus.CANCELLED).getResultList()) {
            rows.computeIfAbsent(YearMonth.from((OffsetDateTime) r[0]).toString(),
                    k -> new long[3])[0] += ((Number) r[1]).longValue();
        }
        for (Object[] r : em.createQuery("select d.shippedOn, sum(d.quantity) from Delivery d group by d.shippedOn",
                Object[].class).getResultList()) {
            rows.computeIfAbsent(YearMonth.from((LocalDate) r[0]).toString(), k -> new long[3])[1]
                    += ((Number) r[1]).longValue();
        }
        for (Object[] r : em.createQuery("select d.receivedOn, sum(d.accepted) from Delivery d "
                + "where d.status = :received group by d.receivedOn", Object[].class)
                .setParameter("received", DeliveryStatus.RECEIVED).getResultList()) {
            rows.computeIfAbsent(YearMonth.from((LocalDate) r[0]).toString(), k -> new long[3])[2]
                    += ((Number) r[1]).longValue();
        }
        return counts(rows);
    }

    /**
     * Each country's drones: an order's drones are credited to the member countries by the shares
     * fixed when the order was committed; donations in kind count for the donor.
     */
    public List<CountryShare> countryShares() {
        Map<String, CountryShare> shares = new TreeMap<>();
        // The shares are an element collection; plain SQL sums them with their orders in the database,
        // which hands back a row per member country, not one per share.
        @SuppressWarnings("unchecked")
        List<Object[]> credited = em.createNativeQuery("select s.member_code, sum(s.share * o.quantity), "
                + "sum(s.share * coalesce(a.accepted, 0)) from order_share s join purchase_order o on o.id = s.order_id "
                + "left join (select d.order_id, sum(coalesce(d.accepted, 0)) as accepted from delivery d "
                + "where d.order_id is not null group by d.order_id) a on a.order_id = o.id "
                + "where o.status <> 'CANCELLED' group by s.member_code").getResultList();
        for (Object[] r : credited) {
            shares.put((String) r[0], new CountryShare((String) r[0], tenths(r[1]), tenths(r[2]), 0));
        }
        for (Object[] r : em.createQuery("select d.memberCode, sum(coalesce(d.accepted, 0)) from Delivery d "
                + "where d.source = :inKind group by d.memberCode", Object[].class)
                .setParameter("inKind", DeliverySource.IN_KIND).getResultList()) {
            String country = (String) r[0];
            CountryShare c = shares.getOrDefault(country, new CountryShare(country, tenths(0), tenths(0), 0));
            shares.put(country, new CountryShare(country, c.creditedOrdered(), c.creditedAccepted(),
                    ((Number) r[1]).longValue()));
        }
        return List.copyOf(shares.values());
    }

    private static BigDecimal tenths(Object value) {
        return new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    private static List<Count> counts(Map<String, long[]> rows) {
        return rows.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }
}
