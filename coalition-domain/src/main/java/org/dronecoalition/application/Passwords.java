package org.dronecoalition.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.dronecoalition.domain.shared.InvalidInputException;

/** Turns a chosen password into the PBKDF2 hash that the identity store checks; the password is not kept. */
@Dependent
public class Passwords {

    public static final int MIN_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    /** The rule for passwords people choose (the demo accounts predate it). */
    public static void requireStrong(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "a password needs at least " + MIN_LENGTH + " characters");
        }
    }

    public String hash(String password) {
        // Well above the API's default of 2048 iterations; the hash records them, so verification follows.
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "100000"));
        return hash.generate(password.toCharArray());
    }
}
