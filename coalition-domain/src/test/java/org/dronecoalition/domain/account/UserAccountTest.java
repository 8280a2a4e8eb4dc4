package org.dronecoalition.domain.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aNewAccountCannotSignInUntilAPasswordIsChosenAndNotWhileDisabled() {
        UserAccount account = UserAccount.staff("officer-1", "Officer", Role.TEST_OFFICER, null, NOW);
        assertThat(account.canSignIn(), is(false));
        account.setPasswordHash("$argon2id$...");
        assertThat(account.canSignIn(), is(true));
        account.disable();
        assertThat(account.canSignIn(), is(false));
    }

    @Test
    void aRepresentativeActsForExactlyOneCountry() {
        assertThrows(InvalidInputException.class,
                () -> UserAccount.staff("rep-x", "Rep", Role.MEMBER_REP, null, NOW));
        assertThrows(InvalidInputException.class,
                () -> UserAccount.staff("tester-x", "T", Role.TEST_OFFICER, CountryCode.of("LV"), NOW));
        UserAccount rep = UserAccount.staff("rep-x", "Rep", Role.MEMBER_REP, CountryCode.of("LV"), NOW);
        rep.changeScope(Role.TEST_OFFICER, null);
        assertThat(rep.asActor().countryRepresented().isPresent(), is(false));
    }

    @Test
    void companyAccountsStayWithTheirCompany() {
        UserAccount user = UserAccount.companyUser("skyforge", "Olena", 51, true, NOW);
        assertThrows(ConflictException.class, () -> user.changeScope(Role.CSO_ADMIN, null));
        assertThrows(InvalidInputException.class,
                () -> UserAccount.staff("maker-2", "M", Role.MANUFACTURER, null, NOW));
        assertThat(user.colleagueOf(new Actor("other", Role.MANUFACTURER, null, 51L)), is(true));
        assertThat(user.colleagueOf(new Actor("other", Role.MANUFACTURER, null, 52L)), is(false));
    }

    @Test
    void anAccountFromTheIdentityProviderStartsDisabledAndNeedsNoPasswordOnceEnabled() {
        UserAccount account = UserAccount.fromIdentityProvider("daf1310d", "sso-officer", "Ieva", Role.TEST_OFFICER,
                null, NOW);
        assertThat(account.isEnabled(), is(false));
        assertThat(account.canSignIn(), is(false));
        account.enable();
        assertThat(account.canSignIn(), is(true));
        assertThrows(InvalidInputException.class,
                () -> UserAccount.fromIdentityProvider(" ", "sso-x", "X", Role.TEST_OFFICER, null, NOW));
    }

    @Test
    void userNamesAreKeyedWithoutCase() {
        assertThat(UserAccount.key(" Rep-LV "), is("rep-lv"));
        assertThrows(InvalidInputException.class, () -> UserAccount.staff("a b", "X", Role.TEST_OFFICER, null, NOW));
    }
}
