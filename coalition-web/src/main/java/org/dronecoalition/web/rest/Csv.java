package org.dronecoalition.web.rest;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows. Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed
 * with an apostrophe, since ledger references are typed by people.
 */
public final class Csv {

    private Csv() {
    }

    public static String row(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
