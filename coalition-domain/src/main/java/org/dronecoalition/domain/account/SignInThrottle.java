package org.dronecoalition.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Failed sign-ins of one account name or one client address. From the fifth failure within the
 * window on, sign-ins under that key wait, twice as long after each further failure. Kept in the
 * database so that every server of a cluster counts the same failures.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    @Id
    @Column(name = "throttle_key", length = 120)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "first_failure", nullable = false)
    private OffsetDateTime firstFailure;

    @Column(name = "blocked_until")
    private OffsetDateTime blockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String key, Instant now) {
        this.key = key;
        this.firstFailure = now.atOffset(ZoneOffset.UTC);
    }

    public static String forAccount(String username) {
        String name = UserAccount.key(username);
        return "account:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    public static String forAddress(String address) {
        return "address:" + address.toLowerCase(Locale.ROOT);
    }

    /** Counts a failure; a failure after a quiet window starts the count afresh. */
    public void failed(Instant now) {
        if (firstFailure.toInstant().plus(WINDOW).isBefore(now) && !blocked(now)) {
            failures = 0;
            firstFailure = now.atOffset(ZoneOffset.UTC);
        }
        failures++;
        if (failures >= FREE_FAILURES) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - FREE_FAILURES, 20));
            blockedUntil = now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay)
                    .atOffset(ZoneOffset.UTC);
        }
    }

    public boolean blocked(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil.toInstant());
    }

    /** Whole seconds until the next attempt is allowed, at least 1. */
    public long retryAfterSeconds(Instant now) {
        return Math.max(1, Duration.between(now, blockedUntil.toInstant()).toSeconds() + 1);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }
}
