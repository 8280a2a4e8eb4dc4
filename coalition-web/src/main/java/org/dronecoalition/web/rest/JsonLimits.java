package org.dronecoalition.web.rest;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.web.rest.problem.Problem;

/**
 * The limits every JSON body of the API keeps, checked in one pass over the raw text before any
 * of it is converted: that there is one, its size, how deep it nests, how long a list or a text
 * may be, that a text holds no control character but tab and line breaks (PostgreSQL stores no
 * NUL), that a number has a sane magnitude, and that no list holds a null. A body beyond them is refused
 * (413 for its size, 400 naming the field otherwise) without reaching a resource.
 */
@Provider
public class JsonLimits implements ReaderInterceptor {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 16;
    public static final int MAX_ITEMS = 1000;
    public static final int MAX_TEXT = 20_000;
    /** Digits before the point: a whole number of the API fits a Java long; far below a costly number. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the point: far beyond any amount or rate here. */
    public static final int MAX_FRACTION_DIGITS = 30;
    /** Found once: {@code Json.createParser} looks the provider up through the ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new WebApplicationException(Problem.response(413, "Content Too Large", "A JSON body may have at "
                    + "most " + MAX_BODY_BYTES + " bytes", List.of(new Problem.FieldError("body", "too large"))));
        }
        if (body.length == 0) {
            throw new InvalidInputException("body", "This request needs a JSON body");
        }
        check(new ByteArrayInputStream(body));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void check(InputStream body) {
        // One entry per open object or list: the items counted so far, or -1 for an object.
        Deque<int[]> open = new ArrayDeque<>();
        String field = "body";
        try (JsonParser parser = JSON.createParser(body)) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                boolean inList = !open.isEmpty() && open.peek()[0] >= 0;
                switch (event) {
                    case KEY_NAME -> field = parser.getString();
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> {
                        if (inList && ++open.peek()[0] > MAX_ITEMS) {
                            throw new InvalidInputException(field, field + " may hold at most " + MAX_ITEMS + " items");
                        }
                        value(event, parser, field, inList, open);
                    }
                }
            }
        } catch (JsonParsingException e) {
            // Not JSON: JSON-B reports it with the position, as for any other malformed body.
        }
    }

    private static void value(JsonParser.Event event, JsonParser parser, String field, boolean inList,
            Deque<int[]> open) {
        switch (event) {
            case START_OBJECT, START_ARRAY -> {
                if (open.size() >= MAX_DEPTH) {
                    throw new InvalidInputException(field, "the body nests deeper than " + MAX_DEPTH + " levels");
                }
                open.push(new int[] {event == JsonParser.Event.START_ARRAY ? 0 : -1});
            }
            case VALUE_NULL -> {
                if (inList) {
                    throw new InvalidInputException(field, field + " may not hold null");
                }
            }
            case VALUE_STRING -> {
                String text = parser.getString();
                if (text.length() > MAX_TEXT) {
                    throw new InvalidInputException(field, field + " may have at most " + MAX_TEXT + " characters");
                }
                if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                    throw new InvalidInputException(field, field + " may not contain control characters");
                }
            }
            case VALUE_NUMBER -> number(field, parser.getBigDecimal());
            default -> {
            }
        }
    }

    private static void number(String field, BigDecimal value) {
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
            throw new InvalidInputException(field, field + " is not a number of a sensible size");
        }
    }
}
