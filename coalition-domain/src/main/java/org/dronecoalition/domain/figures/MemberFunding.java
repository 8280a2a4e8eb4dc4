package org.dronecoalition.domain.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dronecoalition.domain.fund.Attribution;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.shared.Money;

/**
 * Each member country's part of a fund: the money it paid in, and its part of what the fund
 * committed, released and paid. An order's entries are attributed by the member shares recorded
 * on the order when it was committed; entries that name no order, by the members' shares of the
 * money received. Each figure is split to the cent so that the members' parts add up to the fund's.
 */
@ApplicationScoped
public class MemberFunding {

    private static final String ORDER_ENTRIES = "from purchase_order o join ledger_entry e on e.fund_id = o.fund_id "
            + "and e.reference = concat('ORDER-', cast(o.id as varchar(20))) ";

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    /** The parts of the members who paid into the fund or share in its orders, by country code. */
    public Map<String, FundBalance> of(long fundId, FundBalance fund, Map<String, Money> received) {
        Map<EntryType, Map<String, BigDecimal>> byOrders = new EnumMap<>(EntryType.class);
        for (Object[] r : rows("select s.member_code, e.entry_type, sum(e.amount * s.share) " + ORDER_ENTRIES
                + "join order_share s on s.order_id = o.id where o.fund_id = ?1 group by s.member_code, e.entry_type",
                fundId)) {
            byOrders.computeIfAbsent(EntryType.valueOf((String) r[1]), t -> new HashMap<>())
                    .put((String) r[0], decimal(r[2]));
        }
        Map<EntryType, BigDecimal> orderTotals = new EnumMap<>(EntryType.class);
        for (Object[] r : rows("select e.entry_type, sum(e.amount) " + ORDER_ENTRIES + "where o.fund_id = ?1 "
                + "group by e.entry_type", fundId)) {
            orderTotals.put(EntryType.valueOf((String) r[0]), decimal(r[1]));
        }
        TreeSet<String> members = new TreeSet<>(received.keySet());
        byOrders.values().forEach(m -> members.addAll(m.keySet()));
        Map<EntryType, Map<String, Money>> parts = new EnumMap<>(EntryType.class);
        parts.put(EntryType.COMMITMENT, part(fund.committed(), EntryType.COMMITMENT, members, byOrders, orderTotals,
                received));
        parts.put(EntryType.RELEASE, part(fund.released(), EntryType.RELEASE, members, byOrders, orderTotals,
                received));
        parts.put(EntryType.PAYMENT, part(fund.paid(), EntryType.PAYMENT, members, byOrders, orderTotals, received));
        Map<String, FundBalance> result = new TreeMap<>();
        for (String code : members) {
            result.put(code, new FundBalance(received.getOrDefault(code, Money.ZERO),
                    parts.get(EntryType.COMMITMENT).get(code), parts.get(EntryType.RELEASE).get(code),
                    parts.get(EntryType.PAYMENT).get(code)));
        }
        return result;
    }

    private static Map<String, Money> part(Money total, EntryType type, TreeSet<String> members,
            Map<EntryType, Map<String, BigDecimal>> byOrders, Map<EntryType, BigDecimal> orderTotals,
            Map<String, Money> received) {
        BigDecimal withoutOrder = total.amount().subtract(orderTotals.getOrDefault(type, BigDecimal.ZERO));
        BigDecimal receivedTotal = received.values().stream().map(Money::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        Map<String, BigDecimal> weights = new TreeMap<>();
        for (String code : members) {
            BigDecimal w = byOrders.getOrDefault(type, Map.of()).getOrDefault(code, BigDecimal.ZERO);
            if (receivedTotal.signum() > 0) {
                w = w.add(withoutOrder.multiply(received.getOrDefault(code, Money.ZERO).amount())
                        .divide(receivedTotal, 12, RoundingMode.HALF_EVEN));
            }
            weights.put(code, w);
        }
        return Attribution.split(total, weights);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long fundId) {
        return em.createNativeQuery(sql).setParameter(1, fundId).getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
