package org.dronecoalition.domain.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theFifthFailureBlocksForThirtySecondsAndEachFurtherOneDoubles() {
        SignInThrottle throttle = new SignInThrottle(SignInThrottle.forAccount("Rep-LV"), T0);
        for (int i = 0; i < 4; i++) {
            throttle.failed(T0);
        }
        assertThat(throttle.blocked(T0), is(false));
        throttle.failed(T0);
        assertThat(throttle.blocked(T0.plusSeconds(29)), is(true));
        assertThat(throttle.blocked(T0.plusSeconds(30)), is(false));
        assertThat(throttle.retryAfterSeconds(T0), is(31L));
        throttle.failed(T0.plusSeconds(30));
        assertThat(throttle.blocked(T0.plusSeconds(89)), is(true));
        assertThat(throttle.blocked(T0.plusSeconds(90)), is(false));
    }

    @Test
    void failuresSpreadBeyondTheWindowStartAfresh() {
        SignInThrottle throttle = new SignInThrottle(SignInThrottle.forAddress("192.0.2.1"), T0);
        for (int i = 0; i < 4; i++) {
            throttle.failed(T0);
        }
        Instant later = T0.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1));
        throttle.failed(later);
        assertThat(throttle.getFailures(), is(1));
        assertThat(throttle.blocked(later), is(false));
    }

    @Test
    void theDelayStopsGrowingAtAnHour() {
        SignInThrottle throttle = new SignInThrottle("account:x", T0);
        for (int i = 0; i < 40; i++) {
            throttle.failed(T0);
        }
        assertThat(throttle.retryAfterSeconds(T0), is(3601L));
    }

    @Test
    void accountKeysIgnoreCase() {
        assertThat(SignInThrottle.forAccount("Rep-LV"), is(SignInThrottle.forAccount("rep-lv")));
    }
}
