package org.dronecoalition.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.concurrent.Semaphore;
import org.dronecoalition.domain.account.Argon2Setting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with Argon2id at the configured setting (OWASP's by default).
 * Hashes of an earlier, weaker setting, and the PBKDF2 hashes of earlier releases, still verify
 * and are reported as outdated so that sign-in replaces them. Each hash holds {@code m} KiB of
 * memory, so only as many run at once as the server has processors.
 */
@ApplicationScoped
public class Passwords {

    /** Whether a password matched its hash, and whether that hash should be made again. */
    public enum Check {
        MATCH, MATCH_OUTDATED, MISMATCH
    }

    @Inject
    @ConfigProperty(name = "coalition.password.argon2.memory-kib", defaultValue = "19456")
    int memoryKib;

    @Inject
    @ConfigProperty(name = "coalition.password.argon2.iterations", defaultValue = "2")
    int iterations;

    @Inject
    @ConfigProperty(name = "coalition.password.argon2.parallelism", defaultValue = "1")
    int parallelism;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private Argon2Setting setting;
    private String unknownAccountHash;
    private final Semaphore hashing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    @PostConstruct
    void init() {
        setting = new Argon2Setting(memoryKib, iterations, parallelism);
        unknownAccountHash = setting.hash("no account has this password");
    }

    public String hash(String password) {
        return bounded(() -> setting.hash(password));
    }

    public Check check(String password, String stored) {
        if (stored == null) {
            spendTime(password);
            return Check.MISMATCH;
        }
        var made = Argon2Setting.of(stored);
        if (made.isPresent()) {
            boolean matches = bounded(() -> Argon2Setting.matches(password, stored));
            return !matches ? Check.MISMATCH : made.get().weakerThan(setting) ? Check.MATCH_OUTDATED : Check.MATCH;
        }
        try {
            return pbkdf2.verify(password.toCharArray(), stored) ? Check.MATCH_OUTDATED : Check.MISMATCH;
        } catch (IllegalArgumentException unreadable) {
            return Check.MISMATCH;
        }
    }

    /** Costs what checking a real account costs, so that unknown user names cannot be told apart. */
    public void spendTime(String password) {
        bounded(() -> Argon2Setting.matches(password, unknownAccountHash));
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        hashing.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }
}
