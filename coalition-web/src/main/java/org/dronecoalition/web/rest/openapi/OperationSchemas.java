package org.dronecoalition.web.rest.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.web.rest.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Types one operation from its Java method: parameters, request body and responses get the
 * schemas of the catalog (named components by reference), and errors the problem schema.
 */
final class OperationSchemas {

    private static final Set<String> IMPLIED_HEADERS = Set.of("Content-Type", "Content-Length", "Accept",
            "Authorization");

    private final SchemaCatalog catalog;

    OperationSchemas(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    void describe(Operation operation, Method method) {
        if (operation.getParameters() != null) {
            // OpenAPI describes these headers elsewhere (media types, security) and ignores them as parameters.
            operation.setParameters(operation.getParameters().stream()
                    .filter(p -> p.getIn() != Parameter.In.HEADER || !IMPLIED_HEADERS.contains(p.getName())).toList());
            operation.getParameters().forEach(p -> parameter(p, method));
        }
        if (operation.getRequestBody() != null) {
            requestBody(operation, method);
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.setContent(success(method, code));
            } else {
                response.setContent(problem());
            }
        });
    }

    Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(catalog.of(Problem.class)));
    }

    private void parameter(Parameter parameter, Method method) {
        java.lang.reflect.Parameter java = Arrays.stream(method.getParameters())
                .filter(p -> parameter.getName().equals(name(p))).findFirst()
                .orElseThrow(() -> new IllegalStateException(method + " has no parameter " + parameter.getName()));
        var doc = java.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        Schema schema = paging(parameter);
        if (schema == null) {
            schema = doc == null ? catalog.of(java.getParameterizedType()) : annotated(doc.schema(),
                    java.getParameterizedType());
        }
        parameter.setSchema(schema);
        if (doc != null && !doc.example().isEmpty() && schema.getRef() == null) {
            parameter.setExample(Property.example(schema, doc.example()));
        }
        parameter.setRequired(parameter.getIn() == Parameter.In.PATH || Boolean.TRUE.equals(parameter.getRequired())
                ? Boolean.TRUE : null);
        parameter.setDeprecated(null);
        parameter.setAllowEmptyValue(null);
        parameter.setAllowReserved(null);
        parameter.setExplode(null);
        parameter.setStyle(null);
    }

    /** Every list takes the same page and size, bounded where {@link PageRequest} bounds them. */
    private static Schema paging(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY) {
            return null;
        }
        Schema number = OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        return switch (parameter.getName()) {
            case "page" -> number.minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(PageRequest.MAX_PAGE))
                    .defaultValue(0);
            case "size" -> number.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                    .defaultValue(PageRequest.DEFAULT_SIZE);
            default -> null;
        };
    }

    private void requestBody(Operation operation, Method method) {
        java.lang.reflect.Parameter entity = Arrays.stream(method.getParameters())
                .filter(p -> name(p) == null)
                .findFirst().orElseThrow(() -> new IllegalStateException(method + " takes no body"));
        Content content = OASFactory.createContent();
        operation.getRequestBody().getContent().getMediaTypes().keySet().forEach(media -> content.addMediaType(media,
                OASFactory.createMediaType().schema(json(media) ? catalog.request(entity.getParameterizedType())
                        : binary())));
        operation.getRequestBody().content(content).required(true);
    }

    private Content success(Method method, String code) {
        Content content = OASFactory.createContent();
        Type returned = method.getGenericReturnType();
        if (returned != Response.class && returned != void.class) {
            produces(method).forEach(media -> content.addMediaType(media,
                    OASFactory.createMediaType().schema(json(media) ? catalog.of(returned) : text(media))));
            return content;
        }
        for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
            if (!response.responseCode().equals(code)) {
                continue;
            }
            for (var c : response.content()) {
                List<String> media = c.mediaType().isEmpty() ? produces(method) : List.of(c.mediaType());
                media.forEach(m -> content.addMediaType(m, OASFactory.createMediaType()
                        .schema(json(m) ? annotated(c.schema(), null) : text(m))));
            }
        }
        return content.getMediaTypes().isEmpty() ? null : content;
    }

    /** A schema that an annotation states: a type to read, an array of it, or a simple type with bounds. */
    private Schema annotated(org.eclipse.microprofile.openapi.annotations.media.Schema doc, Type declared) {
        if (doc.implementation() != Void.class) {
            Schema item = catalog.of(doc.implementation());
            return doc.type() == SchemaType.ARRAY
                    ? OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(item) : item;
        }
        if (doc.type() == SchemaType.DEFAULT) {
            return catalog.of(declared);
        }
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.valueOf(doc.type().name()));
        if (doc.type() == SchemaType.INTEGER) {
            schema.format("int32");
        }
        if (!doc.minimum().isEmpty()) {
            schema.minimum(new BigDecimal(doc.minimum()));
        }
        if (!doc.maximum().isEmpty()) {
            schema.maximum(new BigDecimal(doc.maximum()));
        }
        if (!doc.format().isEmpty()) {
            schema.format(doc.format());
        }
        return schema;
    }

    private static Schema text(String media) {
        return media.startsWith("text/") ? OASFactory.createSchema().type(Schema.SchemaType.STRING) : binary();
    }

    private static Schema binary() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
    }

    private static boolean json(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static List<String> produces(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null ? List.of("application/json") : List.of(produces.value());
    }

    /** The name a JAX-RS parameter has in the request: empty for injected context, null for the entity. */
    private static String name(java.lang.reflect.Parameter p) {
        if (p.isAnnotationPresent(PathParam.class)) {
            return p.getAnnotation(PathParam.class).value();
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
            return p.getAnnotation(QueryParam.class).value();
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
            return p.getAnnotation(HeaderParam.class).value();
        }
        if (p.isAnnotationPresent(CookieParam.class)) {
            return p.getAnnotation(CookieParam.class).value();
        }
        if (p.isAnnotationPresent(FormParam.class)) {
            return p.getAnnotation(FormParam.class).value();
        }
        return p.isAnnotationPresent(Context.class) || p.isAnnotationPresent(BeanParam.class) ? "" : null;
    }
}
