package org.dronecoalition.web.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import org.dronecoalition.domain.shared.Money;

/**
 * How the API reads and writes JSON. Money is written as a number with exactly two decimals
 * ({@code 2000.00}), never a binary float. Reading is as strict as the API document: a text is a
 * JSON string (not a number JSON-B would turn into one), and a whole number must fit its field
 * exactly (JSON-B would otherwise wrap {@code 4294967297} round to 1).
 */
@Provider
public class JsonFormat implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new MoneyAdapter())
            .withDeserializers(new Text(), new WholeNumber(), new LongNumber()));

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

    static final class Text implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw new JsonbException("a text in quotes is expected, not " + value.getValueType());
        }
    }

    static final class WholeNumber implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return (int) exact(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    static final class LongNumber implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return exact(parser, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    /** The whole number the parser stands on, if it lies within the bounds; never rounded or wrapped. */
    private static long exact(JsonParser parser, long min, long max) {
        try {
            long value = number(parser).longValueExact();
            if (value >= min && value <= max) {
                return value;
            }
        } catch (ArithmeticException e) {
            // not whole, or beyond a long: refused below
        }
        throw new JsonbException("a whole number from " + min + " to " + max + " is expected");
    }

    private static BigDecimal number(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        throw new JsonbException("a number is expected, not " + value.getValueType());
    }
}
