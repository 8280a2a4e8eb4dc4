package org.dronecoalition.domain.fund;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.dronecoalition.domain.shared.Money;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void theCentLeftOverGoesToTheLargestRemainderAndTiesByCountryCode() {
        Map<String, Money> split = Attribution.split(Money.of("100.00"), Map.of("SE", BigDecimal.ONE, "DE",
                BigDecimal.ONE, "LV", BigDecimal.ONE));
        assertThat(split, is(Map.of("DE", Money.of("33.34"), "LV", Money.of("33.33"), "SE", Money.of("33.33"))));
    }

    @Test
    void sharesThatDoNotAddUpToOneStillSplitTheWholeAmount() {
        Map<String, Money> split = Attribution.split(Money.of("2400000.00"), Map.of("LV", new BigDecimal("0.33333333"),
                "GB", new BigDecimal("0.33333333"), "NL", new BigDecimal("0.33333333")));
        assertThat(split.values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                is(new BigDecimal("2400000.00")));
    }

    @Property(tries = 300)
    void membersPartsAlwaysAddUpToTheFundToTheCentAndStayWithinACentOfTheirShare(
            @ForAll @LongRange(min = 0, max = 99_999_999_999L) long cents,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 1_000_000) Integer> rawWeights) {
        Money total = new Money(BigDecimal.valueOf(cents, 2));
        Map<String, BigDecimal> weights = new TreeMap<>();
        for (int i = 0; i < rawWeights.size(); i++) {
            weights.put(String.format("%02d", i), BigDecimal.valueOf(rawWeights.get(i)));
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Money> split = Attribution.split(total, weights);

        BigDecimal parts = split.values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(parts, is(sum.signum() == 0 ? BigDecimal.ZERO.setScale(2) : total.amount()));
        for (String code : weights.keySet()) {
            BigDecimal exact = sum.signum() == 0 ? BigDecimal.ZERO
                    : total.amount().multiply(weights.get(code)).divide(sum, 10, RoundingMode.HALF_EVEN);
            assertThat(split.get(code).amount().subtract(exact).abs(), is(lessThanOrEqualTo(new BigDecimal("0.01"))));
        }
    }
}
