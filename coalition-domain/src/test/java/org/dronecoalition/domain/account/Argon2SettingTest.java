package org.dronecoalition.domain.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class Argon2SettingTest {

    /** Small enough for a unit test; the rules do not depend on the cost. */
    private static final Argon2Setting LIGHT = new Argon2Setting(64, 1, 1);

    @Test
    void aHashNamesItsSettingAndMatchesOnlyItsPassword() {
        String hash = LIGHT.hash("Tromso-fjord-2025");
        assertThat(hash, startsWith("$argon2id$v=19$m=64,t=1,p=1$"));
        assertThat(Argon2Setting.of(hash), is(Optional.of(LIGHT)));
        assertThat(Argon2Setting.matches("Tromso-fjord-2025", hash), is(true));
        assertThat(Argon2Setting.matches("Tromso-fjord-2026", hash), is(false));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        assertThat(LIGHT.hash("same-password-here"), not(LIGHT.hash("same-password-here")));
    }

    @Test
    void aLowerMemoryOrIterationCountIsWeaker() {
        assertThat(LIGHT.weakerThan(Argon2Setting.OWASP), is(true));
        assertThat(new Argon2Setting(19_456, 1, 1).weakerThan(Argon2Setting.OWASP), is(true));
        assertThat(Argon2Setting.OWASP.weakerThan(Argon2Setting.OWASP), is(false));
    }

    @Test
    void somethingElseIsNoArgon2Hash() {
        assertThat(Argon2Setting.of("PBKDF2WithHmacSHA256:100000:c2FsdA==:aGFzaA=="), is(Optional.empty()));
        assertThat(Argon2Setting.matches("x", "not a hash"), is(false));
    }
}
