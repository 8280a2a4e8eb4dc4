package org.dronecoalition.web.rest.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.rest.PageView;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The schemas of the API, read from the Java types that resources send and receive: records and
 * classes with public fields become named components, enums become string components with their
 * values, dates and instants strings with their format, {@code PageView<T>} a page of T, and money
 * a number with two decimals. Properties take their constraints from Bean Validation and their
 * description and example from {@code @Schema}.
 */
final class SchemaCatalog {

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<String, Type> origins = new TreeMap<>();
    private final Set<String> requested = new LinkedHashSet<>();

    /** The schema of a request body: the components it reaches take input, so none of them is read-only. */
    Schema request(Type type) {
        Schema schema = of(type);
        markRequested(schema);
        return schema;
    }

    Schema of(Type type) {
        if (type instanceof ParameterizedType p) {
            return parameterized(p);
        }
        if (type instanceof TypeVariable<?>) {
            return OASFactory.createSchema(); // the items of a page, typed where the page is named
        }
        Class<?> c = (Class<?>) type;
        Schema simple = simple(c);
        if (simple != null) {
            return simple;
        }
        if (c.isArray() || Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                || c == Object.class || c.isInterface()) {
            throw new IllegalStateException(c + " has no element type for the API document");
        }
        return component(c.getSimpleName(), c, () -> c.isEnum() ? enumeration(c) : object(c));
    }

    /** The components, with the properties of those that are only ever sent marked read-only. */
    Map<String, Schema> components() {
        components.forEach((name, schema) -> {
            if (!requested.contains(name) && schema.getProperties() != null) {
                schema.getProperties().values().stream().filter(p -> p.getRef() == null)
                        .forEach(p -> p.setReadOnly(true));
            }
        });
        return components;
    }

    private Schema parameterized(ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) {
            Schema array = OASFactory.createSchema().type(SchemaType.ARRAY).items(of(args[0]));
            return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(args[1]));
        }
        if (raw == PageView.class) {
            Schema item = of(args[0]);
            String name = item.getRef().substring(item.getRef().lastIndexOf('/') + 1) + "Page";
            return component(name, p, () -> {
                Schema page = object(PageView.class);
                page.getProperties().get("items").setItems(item);
                return page.description("One page of " + name.substring(0, name.length() - 4)
                        + " items; page numbers start at 0");
            });
        }
        throw new IllegalStateException(p + " is not a type the API document knows");
    }

    private Schema component(String name, Type origin, java.util.function.Supplier<Schema> build) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named = origin instanceof Class<?> c
                ? c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class) : null;
        String key = named != null && !named.name().isEmpty() ? named.name() : name;
        Type known = origins.putIfAbsent(key, origin);
        if (known != null && !known.equals(origin)) {
            throw new IllegalStateException("Two types are named " + key + " in the API document: " + known
                    + " and " + origin);
        }
        if (known == null) {
            Schema schema = build.get();
            if (named != null && !named.description().isEmpty()) {
                schema.description(named.description());
            }
            components.put(key, schema);
        }
        return OASFactory.createSchema().ref(key);
    }

    private static Schema simple(Class<?> c) {
        if (c == String.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (c == double.class || c == Double.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
        }
        if (c == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (c == Money.class) {
            return money();
        }
        if (c == OffsetDateTime.class || c == Instant.class || c == ZonedDateTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        return null;
    }

    /** Euros as a JSON number that always has two decimals (see {@code MoneyJson}). */
    static Schema money() {
        return OASFactory.createSchema().type(SchemaType.NUMBER).multipleOf(new BigDecimal("0.01"))
                .minimum(Money.MAX.negate()).maximum(Money.MAX);
    }

    private static Schema enumeration(Class<?> c) {
        return OASFactory.createSchema().type(SchemaType.STRING)
                .enumeration(Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
    }

    private Schema object(Class<?> c) {
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                Field field = declaredField(c, rc.getName());
                add(schema, Property.of(rc.getName(), rc.getGenericType(), field, rc.getType().isPrimitive()));
            }
        } else {
            for (Field field : c.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    add(schema, Property.of(field.getName(), field.getGenericType(), field, false));
                }
            }
        }
        return schema;
    }

    private void add(Schema object, Property property) {
        object.addProperty(property.name(), property.schema(this));
        if (property.required()) {
            object.addRequired(property.name());
        }
    }

    private static Field declaredField(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private void markRequested(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (requested.add(name)) {
                markRequested(components.get(name));
            }
            return;
        }
        markRequested(schema.getItems());
        markRequested(schema.getAdditionalPropertiesSchema());
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(this::markRequested);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::markRequested);
        }
    }
}
