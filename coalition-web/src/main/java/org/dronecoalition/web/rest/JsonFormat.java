package org.dronecoalition.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import org.dronecoalition.domain.shared.Money;

/**
 * How the API writes JSON: money as a number with exactly two decimals ({@code 2000.00}), never a
 * binary float, whatever scale the database returned.
 */
@Provider
public class JsonFormat implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new MoneyAdapter()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Money is written as its amount; the API never reads a Money directly, requests carry checked decimals. */
    public static final class MoneyAdapter implements JsonbAdapter<Money, BigDecimal> {

        @Override
        public BigDecimal adaptToJson(Money money) {
            return money.amount();
        }

        @Override
        public Money adaptFromJson(BigDecimal amount) {
            return new Money(amount);
        }
    }
}
