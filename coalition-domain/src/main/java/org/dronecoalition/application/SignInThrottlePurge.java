package org.dronecoalition.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import org.dronecoalition.domain.account.SignInThrottles;

/**
 * Deletes the failure counts that no longer matter (window over, no block in force), so that
 * guessing with ever new names does not grow the table for ever. Safe on every node at once.
 */
@Singleton
public class SignInThrottlePurge {

    @Inject
    SignInThrottles throttles;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void purge() {
        throttles.purgeExpired(clock.instant());
    }
}
