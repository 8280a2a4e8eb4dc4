package org.dronecoalition.domain.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, as assigned (the United Kingdom is GB, Türkiye TR). */
public record CountryCode(String value) {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (value == null || !ASSIGNED.contains(value)) {
            throw new InvalidInputException("code", "'" + value + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }

    /** Accepts lower case too, as people type it. */
    public static CountryCode of(String text) {
        return new CountryCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    /** As {@link #of(String)}, naming the input {@code field} when the code is wrong. */
    public static CountryCode of(String field, String text) {
        try {
            return of(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** The English short name, e.g. "Latvia". */
    public String englishName() {
        return new Locale("", value).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return value;
    }
}
