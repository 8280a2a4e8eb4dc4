package org.dronecoalition.web.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or JSON of the wrong shape (a text where a date belongs, an unknown
 * enum value): 400 naming the property. JSON-B names the property in most messages; for an
 * unknown enum value it names only the enum, so the property is found in the request body type.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ProcessingException e) {
        return unreadable(e, resource);
    }

    static Response unreadable(Throwable e, ResourceInfo resource) {
        String field = null;
        String detail = null;
        String deepest = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            deepest = message;
            Matcher property = PROPERTY.matcher(message);
            Matcher constant = ENUM.matcher(message);
            if (field == null && property.find()) {
                field = property.group(1);
            }
            if (constant.find()) {
                Optional<Class<?>> type = enumType(constant.group(1));
                String allowed = type.map(c -> Arrays.toString(c.getEnumConstants())).orElse("the documented values");
                if (field == null && type.isPresent()) {
                    field = propertyOfType(resource, type.get());
                }
                detail = (field == null ? "A value" : field) + " must be one of " + allowed + ", not '"
                        + constant.group(2) + "'";
            }
        }
        if (detail == null) {
            detail = field == null
                    ? "The request body is not valid JSON for this operation: " + deepest
                    : "The value of '" + field + "' has the wrong type or format: " + deepest;
        }
        return Problem.response(Response.Status.BAD_REQUEST, detail,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    private static Optional<Class<?>> enumType(String name) {
        try {
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            return type.isEnum() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The field of the request body that has this type, or is a collection of it, if exactly one is. */
    private static String propertyOfType(ResourceInfo resource, Class<?> type) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        for (Parameter parameter : method.getParameters()) {
            List<String> names = Arrays.stream(parameter.getType().getFields())
                    .filter(f -> f.getType() == type || elementType(f) == type).map(Field::getName).toList();
            if (names.size() == 1) {
                return names.get(0);
            }
        }
        return null;
    }

    private static Type elementType(Field field) {
        boolean collection = Collection.class.isAssignableFrom(field.getType());
        return collection && field.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0]
                : null;
    }

    /** JSON-B errors that reach us unwrapped. */
    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {

        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e, resource);
        }
    }
}
