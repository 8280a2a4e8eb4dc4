package org.dronecoalition.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A bearer secret (set-password or API token): 256 random bits, shown once to whoever receives it
 * and stored only as its SHA-256, so that checking one costs a lookup, not a password hash.
 */
public record Secret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret; the prefix tells a reader what kind of secret leaked if one ever does. */
    public static Secret generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Secret(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hash(value);
    }

    public static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
