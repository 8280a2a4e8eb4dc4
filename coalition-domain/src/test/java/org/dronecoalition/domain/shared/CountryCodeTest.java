package org.dronecoalition.domain.shared;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"LV", "lv", " gb ", "TR", "UA"})
    void acceptsAssignedCodesInAnyCase(String text) {
        assertThat(CountryCode.of(text).value().length(), is(2));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"UK", "XX", "LVA", "L", "1A", "EU"})
    void refusesWhatIsNotAnAssignedAlpha2Code(String text) {
        var e = assertThrows(InvalidInputException.class, () -> CountryCode.of(text));
        assertThat(e.field(), is("code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LU", "NZ"})
    void knowsTheEnglishName(String code) {
        assertThat(CountryCode.of(code).englishName().isBlank(), is(false));
    }
}
