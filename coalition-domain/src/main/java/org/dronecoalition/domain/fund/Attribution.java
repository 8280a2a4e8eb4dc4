package org.dronecoalition.domain.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dronecoalition.domain.shared.Money;

/**
 * Splits an amount of a fund among its member countries in cents that add up exactly to it: each
 * gets its exact share rounded down, and the cents left over go to the largest remainders (ties
 * by country code), so the members' figures always sum to the fund's to the cent.
 */
public final class Attribution {

    private Attribution() {
    }

    /** {@code total} split in proportion to the exact {@code weights} (any positive scale). */
    public static Map<String, Money> split(Money total, Map<String, BigDecimal> weights) {
        Map<String, Money> result = new TreeMap<>();
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            weights.keySet().forEach(code -> result.put(code, Money.ZERO));
            return result;
        }
        BigDecimal cents = total.amount().movePointRight(2);
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        weights.forEach((code, w) -> exact.put(code, cents.multiply(w).divide(sum, 12, RoundingMode.HALF_EVEN)));
        Map<String, BigDecimal> floor = new TreeMap<>();
        exact.forEach((code, e) -> floor.put(code, e.setScale(0, RoundingMode.FLOOR)));
        long left = cents.subtract(floor.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).longValueExact();
        List<String> byRemainder = exact.keySet().stream().sorted(Comparator
                .comparing((String code) -> exact.get(code).subtract(floor.get(code))).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        for (int i = 0; i < left; i++) {
            String code = byRemainder.get(i % byRemainder.size());
            floor.put(code, floor.get(code).add(BigDecimal.ONE));
        }
        floor.forEach((code, c) -> result.put(code, new Money(c.movePointLeft(2))));
        return result;
    }
}
