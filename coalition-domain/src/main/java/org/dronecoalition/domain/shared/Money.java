package org.dronecoalition.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An amount of euros with exactly two decimals. Every euro in the platform is one of these:
 * no floating point, no silent rounding, no other currency.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "EUR";
    /** The largest amount the ledger stores (numeric(15,2)); anything above is a typing error. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    public Money {
        if (amount == null) {
            throw new InvalidInputException("amount", "amount is required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "amount " + amount.toPlainString()
                    + " has more than two decimals");
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new InvalidInputException("amount", "amount " + amount.toPlainString() + " exceeds the limit of "
                    + MAX.toPlainString() + " EUR");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A positive amount in euros, as entered by a user; {@code field} names the input. */
    public static Money positive(String field, BigDecimal amount, String currency) {
        if (currency != null && !CURRENCY.equals(currency)) {
            throw new InvalidInputException("currency", "only EUR is accepted, not '" + currency + "'");
        }
        if (amount == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, field + " must be more than zero");
        }
        try {
            return new Money(amount);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage().replaceFirst("^amount", field));
        }
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /**
     * The rows of a grouped query, {@code select key, sum(amount) ... group by key}, as a map in
     * the query's order.
     */
    @SuppressWarnings("unchecked")
    public static <K> Map<K, Money> sums(List<Object[]> rows) {
        Map<K, Money> result = new LinkedHashMap<>();
        for (Object[] row : rows) {
            result.put((K) row[0], new Money((BigDecimal) row[1]));
        }
        return result;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        // As the pages print money: "EUR 1,234,567.89".
        return String.format(Locale.ENGLISH, "EUR %,.2f", amount);
    }
}
