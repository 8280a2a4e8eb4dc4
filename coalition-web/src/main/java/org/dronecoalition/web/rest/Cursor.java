package org.dronecoalition.web.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dronecoalition.domain.shared.After;

/** A page's {@code next} as the API writes it: opaque to clients, and refused with a 400 when forged. */
final class Cursor {

    private static final String SEPARATOR = "~";
    private static final int MAX_LENGTH = 200;

    private Cursor() {
    }

    static String encode(After after) {
        String plain = after.page() + SEPARATOR + after.key() + SEPARATOR + after.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static After decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw After.invalid();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != 3) {
                throw After.invalid();
            }
            return new After(Integer.parseInt(parts[0]), parts[1], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw After.invalid();
        }
    }
}
