package org.dronecoalition.application;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dronecoalition.application.SignInService.Outcome;
import org.dronecoalition.application.SignInService.SignedIn;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.infrastructure.CredentialMark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeptSignInsTest {

    private static final Actor REP = new Actor("rep-lv", Role.MEMBER_REP, CountryCode.of("LV"));

    private final Mark mark = new Mark();
    private final KeptSignIns kept = new KeptSignIns();
    private int tokensVerified;
    private int countriesChecked;

    @BeforeEach
    void wire() {
        kept.marks = mark;
        kept.clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
        kept.signIn = new SignInService() {
            @Override
            public Outcome token(String secret, String address) {
                tokensVerified++;
                return new SignedIn(REP, null);
            }
        };
        kept.membership = new MembershipService() {
            @Override
            public Actor representing(Actor actor) {
                countriesChecked++;
                return actor;
            }
        };
    }

    @Test
    void aRequestReadsTheCredentialMarkOnceForItsSignInAndItsCountry() {
        for (int request = 0; request < 2; request++) { // verified, then as kept
            mark.reads = 0;
            KeptSignIns.Standing standing = kept.standing();
            assertThat(standing.token("secret", "10.0.0.1"), instanceOf(SignedIn.class));
            standing.representing(REP);
            assertThat(mark.reads, is(1));
        }
    }

    @Test
    void aTokenAndACountryAreVerifiedAgainOnceTheMarkMoves() {
        for (int request = 0; request < 3; request++) {
            KeptSignIns.Standing standing = kept.standing();
            standing.representing(((SignedIn) standing.token("secret", "10.0.0.1")).actor());
        }
        assertThat(tokensVerified, is(1));
        assertThat(countriesChecked, is(1));

        mark.value++;
        KeptSignIns.Standing standing = kept.standing();
        standing.representing(((SignedIn) standing.token("secret", "10.0.0.1")).actor());
        assertThat(tokensVerified, is(2));
        assertThat(countriesChecked, is(2));
    }

    /** The credential mark without the grid: it moves when the test says so. */
    private static final class Mark extends CredentialMark {

        long value;
        int reads;

        @Override
        public long current() {
            reads++;
            return value;
        }
    }
}
