package org.dronecoalition.domain.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dronecoalition.domain.fund.Attribution;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.MemberTotals;
import org.dronecoalition.domain.shared.Money;

/**
 * Each member country's part of a fund: the money it paid in, and its part of what the fund
 * committed, released and paid. An order's entries are attributed by the member shares recorded
 * on the order when it was committed; entries that name no order, by the members' shares of the
 * money received. Each figure is split to the cent so that the members' parts add up to the fund's.
 * The orders' parts are kept with the entries ({@link MemberTotals}), so this reads a few rows
 * however many orders and entries the fund has.
 */
@ApplicationScoped
public class MemberFunding {

    private static final List<EntryType> SPENT = List.of(EntryType.COMMITMENT, EntryType.RELEASE, EntryType.PAYMENT);

    @Inject
    Ledger ledger;

    /** The parts of the members who paid into the fund or share in its orders, by country code. */
    public Map<String, FundBalance> of(long fundId, FundBalance fund, Map<String, Money> received) {
        List<MemberTotals> kept = ledger.memberTotals(fundId);
        FundBalance orders = ledger.ofOrders(fundId);
        TreeSet<String> members = new TreeSet<>(received.keySet());
        kept.stream().filter(t -> SPENT.stream().anyMatch(type -> t.partOfOrders(type).signum() != 0))
                .forEach(t -> members.add(t.getMemberCode()));
        Map<EntryType, Map<String, Money>> parts = new EnumMap<>(EntryType.class);
        for (EntryType type : SPENT) {
            Map<String, BigDecimal> byOrders = new TreeMap<>();
            kept.forEach(t -> byOrders.put(t.getMemberCode(), t.partOfOrders(type)));
            parts.put(type, part(amount(fund, type), amount(orders, type), members, byOrders, received));
        }
        Map<String, FundBalance> result = new TreeMap<>();
        for (String code : members) {
            result.put(code, new FundBalance(received.getOrDefault(code, Money.ZERO),
                    parts.get(EntryType.COMMITMENT).get(code), parts.get(EntryType.RELEASE).get(code),
                    parts.get(EntryType.PAYMENT).get(code)));
        }
        return result;
    }

    private static Map<String, Money> part(Money total, Money forOrders, TreeSet<String> members,
            Map<String, BigDecimal> byOrders, Map<String, Money> received) {
        BigDecimal withoutOrder = total.amount().subtract(forOrders.amount());
        BigDecimal receivedTotal = received.values().stream().map(Money::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        Map<String, BigDecimal> weights = new TreeMap<>();
        for (String code : members) {
            BigDecimal w = byOrders.getOrDefault(code, BigDecimal.ZERO);
            if (receivedTotal.signum() > 0) {
                w = w.add(withoutOrder.multiply(received.getOrDefault(code, Money.ZERO).amount())
                        .divide(receivedTotal, 12, RoundingMode.HALF_EVEN));
            }
            weights.put(code, w);
        }
        return Attribution.split(total, weights);
    }

    private static Money amount(FundBalance balance, EntryType type) {
        return switch (type) {
            case COMMITMENT -> balance.committed();
            case RELEASE -> balance.released();
            case PAYMENT -> balance.paid();
            case CONTRIBUTION_RECEIVED -> balance.received();
        };
    }
}
