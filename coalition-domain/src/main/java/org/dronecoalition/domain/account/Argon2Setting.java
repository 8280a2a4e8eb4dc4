package org.dronecoalition.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The cost of an Argon2id password hash. Hashes are kept as PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so each one names the setting it was made
 * with: a stored hash made with a weaker setting than the current one is re-hashed at sign-in.
 */
public record Argon2Setting(int memoryKib, int iterations, int parallelism) {

    /** OWASP's Password Storage Cheat Sheet: Argon2id, 19 MiB of memory, 2 iterations, 1 lane. */
    public static final Argon2Setting OWASP = new Argon2Setting(19_456, 2, 1);

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    public Argon2Setting {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Not a valid Argon2 setting: m=" + memoryKib + ", t=" + iterations
                    + ", p=" + parallelism);
        }
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(derive(password, salt, HASH_BYTES));
    }

    /** The setting a stored hash was made with, if it is an Argon2id hash at all. */
    public static Optional<Argon2Setting> of(String stored) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Argon2Setting(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    /** Whether the password is the one the stored hash was made from (compared in constant time). */
    public static boolean matches(String password, String stored) {
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            return false;
        }
        Argon2Setting setting = of(stored).orElseThrow();
        byte[] expected = B64_DECODE.decode(m.group(5));
        return MessageDigest.isEqual(expected, setting.derive(password, B64_DECODE.decode(m.group(4)),
                expected.length));
    }

    /** Whether a hash made with this setting costs an attacker less than one made with the other. */
    public boolean weakerThan(Argon2Setting other) {
        return memoryKib < other.memoryKib || iterations < other.iterations;
    }

    private byte[] derive(String password, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt).build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
