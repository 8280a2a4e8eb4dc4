package org.dronecoalition.web.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.PageRequest;

/**
 * Parses query parameters by hand: JAX-RS answers 404 when a typed query parameter does not
 * convert, and a client that typed {@code page=abc} deserves a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page), integer("size", size));
    }

    /** A page by number, or (on lists read in key order) the page that a cursor from an earlier page names. */
    public static PageRequest page(String page, String size, String after) {
        if (after == null || after.isBlank()) {
            return page(page, size);
        }
        if (page != null && !page.isBlank()) {
            throw new InvalidInputException("after", "send either page or after, not both");
        }
        return PageRequest.after(Cursor.decode(after), integer("size", size));
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number, not '" + value + "'");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a date like 2024-10-14, not '" + value + "'");
        }
    }

    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a month like 2025-03, not '" + value + "'");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, name + " must be one of " + Arrays.toString(
                    type.getEnumConstants()) + ", not '" + value + "'");
        }
    }
}
