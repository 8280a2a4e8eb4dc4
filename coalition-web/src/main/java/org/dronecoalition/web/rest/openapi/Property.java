package org.dronecoalition.web.rest.openapi;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * One property of a component, or one parameter: its Java type and the annotations that say more
 * about it. Required are primitives (always written), {@code @NotNull}-style constraints and
 * {@code @Schema(required = true)}.
 */
record Property(String name, Type type, AnnotatedElement element, boolean primitive) {

    static Property of(String name, Type type, AnnotatedElement element, boolean primitive) {
        return new Property(name, type, element, primitive);
    }

    boolean required() {
        org.eclipse.microprofile.openapi.annotations.media.Schema doc = doc();
        return primitive || (doc != null && doc.required()) || has(NotNull.class) || has(NotBlank.class)
                || has(NotEmpty.class);
    }

    Schema schema(SchemaCatalog catalog) {
        Schema schema = has(Euros.class) ? SchemaCatalog.money() : catalog.of(type);
        org.eclipse.microprofile.openapi.annotations.media.Schema doc = doc();
        String description = doc == null || doc.description().isEmpty() ? null : doc.description();
        if (schema.getRef() != null) {
            // A $ref takes no siblings in OpenAPI 3.0: a description goes beside it in an allOf.
            return description == null ? schema : OASFactory.createSchema().allOf(List.of(schema))
                    .description(description);
        }
        constrain(schema);
        if (description != null) {
            schema.description(description);
        }
        if (doc != null && !doc.example().isEmpty()) {
            schema.example(example(schema, doc.example()));
        }
        return schema;
    }

    private void constrain(Schema schema) {
        boolean text = schema.getType() == SchemaType.STRING;
        boolean list = schema.getType() == SchemaType.ARRAY;
        Size size = element.getAnnotation(Size.class);
        if (size != null && text) {
            schema.minLength(size.min() > 0 ? size.min() : null)
                    .maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
        }
        if (size != null && list) {
            schema.minItems(size.min() > 0 ? size.min() : null)
                    .maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
        }
        if (text && has(NotBlank.class) && schema.getMinLength() == null) {
            schema.minLength(1);
        }
        if (list && has(NotEmpty.class) && schema.getMinItems() == null) {
            schema.minItems(1);
        }
        if (has(Email.class)) {
            schema.format("email");
        }
        Pattern pattern = element.getAnnotation(Pattern.class);
        if (pattern != null) {
            schema.pattern(pattern.regexp());
        }
        Min min = element.getAnnotation(Min.class);
        if (min != null) {
            schema.minimum(BigDecimal.valueOf(min.value()));
        }
        Max max = element.getAnnotation(Max.class);
        if (max != null) {
            schema.maximum(BigDecimal.valueOf(max.value()));
        }
        DecimalMin decimalMin = element.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            schema.minimum(new BigDecimal(decimalMin.value())).exclusiveMinimum(decimalMin.inclusive() ? null : true);
        }
        DecimalMax decimalMax = element.getAnnotation(DecimalMax.class);
        if (decimalMax != null) {
            schema.maximum(new BigDecimal(decimalMax.value())).exclusiveMaximum(decimalMax.inclusive() ? null : true);
        }
        if (has(Positive.class)) {
            schema.minimum(BigDecimal.ZERO).exclusiveMinimum(true);
        }
        if (has(PositiveOrZero.class)) {
            schema.minimum(BigDecimal.ZERO);
        }
    }

    /** The example as a value of the schema's type, so that it validates against its own schema. */
    static Object example(Schema schema, String text) {
        SchemaType type = schema.getType();
        if (type == SchemaType.INTEGER) {
            return Long.valueOf(text);
        }
        if (type == SchemaType.NUMBER) {
            return new BigDecimal(text);
        }
        if (type == SchemaType.BOOLEAN) {
            return Boolean.valueOf(text);
        }
        if (type == SchemaType.ARRAY) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readArray().stream().map(Property::plain).toList();
            }
        }
        return text;
    }

    private static Object plain(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private org.eclipse.microprofile.openapi.annotations.media.Schema doc() {
        return element.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    }

    private boolean has(Class<? extends java.lang.annotation.Annotation> annotation) {
        return element.isAnnotationPresent(annotation);
    }
}
