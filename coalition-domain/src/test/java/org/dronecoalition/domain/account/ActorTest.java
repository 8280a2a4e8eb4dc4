package org.dronecoalition.domain.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.CountryCode;
import org.junit.jupiter.api.Test;

class ActorTest {

    private final Actor latvia = new Actor("rep-lv", Role.MEMBER_REP, CountryCode.of("LV"));
    private final Actor cso = new Actor("cso", Role.CSO_ADMIN, null);

    @Test
    void anonymousIsToldToSignIn() {
        var e = assertThrows(AccessDeniedException.class, () -> Actor.ANONYMOUS.require(Role.CSO_ADMIN));
        assertThat(e.authenticated(), is(false));
    }

    @Test
    void wrongRoleIsForbidden() {
        var e = assertThrows(AccessDeniedException.class, () -> latvia.require(Role.CSO_ADMIN));
        assertThat(e.authenticated(), is(true));
    }

    @Test
    void representativeActsForOwnCountryOnly() {
        assertDoesNotThrow(() -> latvia.requireActsFor(CountryCode.of("LV")));
        assertThrows(AccessDeniedException.class, () -> latvia.requireActsFor(CountryCode.of("SE")));
    }

    @Test
    void csoActsForAnyCountry() {
        assertDoesNotThrow(() -> cso.requireActsFor(CountryCode.of("SE")));
    }

    @Test
    void otherRolesActForNoCountry() {
        var tester = new Actor("tester", Role.TEST_OFFICER, null);
        assertThrows(AccessDeniedException.class, () -> tester.requireActsFor(CountryCode.of("LV")));
    }
}
