package org.dronecoalition.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * What a password that a person chooses must be: long, not their user name, and not one of the
 * common passwords that guessing tries first (the list ships with the application).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "a password has at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "a password must not contain the user name");
        }
        if (COMMON.contains(lower)) {
            throw new InvalidInputException(field, "this password is one of the most common ones; choose another");
        }
    }

    private static Set<String> load() {
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#") && !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
