package org.dronecoalition.domain.shared;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void alwaysCarriesTwoDecimals() {
        assertThat(Money.of("5").amount().toPlainString(), is("5.00"));
        assertThat(Money.of("0.10").plus(Money.of("0.20")), is(Money.of("0.30")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "-0.01"})
    void userAmountsMustBePositive(String amount) {
        var e = assertThrows(InvalidInputException.class,
                () -> Money.positive("amount", new BigDecimal(amount), "EUR"));
        assertThat(e.field(), is("amount"));
        assertThat(e.getMessage(), containsString("more than zero"));
    }

    @Test
    void moreThanTwoDecimalsAreRefusedNotRounded() {
        var e = assertThrows(InvalidInputException.class,
                () -> Money.positive("pledged", new BigDecimal("10.005"), null));
        assertThat(e.field(), is("pledged"));
    }

    @Test
    void absurdMagnitudesAreRefused() {
        var e = assertThrows(InvalidInputException.class,
                () -> Money.positive("amount", new BigDecimal("1000000000000.00"), "EUR"));
        assertThat(e.getMessage(), containsString("limit"));
    }

    @Test
    void onlyEurosAreAccepted() {
        var e = assertThrows(InvalidInputException.class, () -> Money.positive("amount", BigDecimal.TEN, "USD"));
        assertThat(e.field(), is("currency"));
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreFine() {
        assertThat(Money.positive("amount", new BigDecimal("12.3400"), "EUR"), is(Money.of("12.34")));
    }
}
