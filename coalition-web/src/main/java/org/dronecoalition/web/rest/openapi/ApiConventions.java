package org.dronecoalition.web.rest.openapi;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.CoalitionApi;
import org.dronecoalition.web.rest.RoleCheck;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the scanned document say exactly what the API sends and receives. Payara's scanner finds
 * the paths, operations and their texts; the types it renders poorly (enums and dates as bare
 * objects, generic pages, inline copies of components), so every schema is rebuilt here from the
 * Java signature of the operation ({@link SchemaCatalog}). It also documents what every operation
 * shares: the problem responses (400 always, 401/403/429 where a role is required, 404 where the
 * path or the body names a resource, 409 and 503 on writes,
 * 413 and 415 where a body is taken, 500 everywhere) and its security: the schemes, and the roles
 * allowed in {@value #ROLES}.
 */
public class ApiConventions implements OASFilter {

    /** The extension that lists the roles allowed to call a signed-in operation. */
    public static final String ROLES = "x-roles";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, Method> methods = ResourceMethods.byOperationId(CoalitionApi.class.getPackage(),
                ApiConventions.class.getClassLoader());
        SchemaCatalog catalog = new SchemaCatalog();
        OperationSchemas schemas = new OperationSchemas(catalog);
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                Method method = methods.get(operation.getOperationId());
                if (method == null) {
                    throw new IllegalStateException("No resource method has the operation id "
                            + operation.getOperationId());
                }
                conventions(operation, entry.getKey() != PathItem.HttpMethod.GET, RoleCheck.allowed(method));
                schemas.describe(operation, method);
                notAcceptable(operation, schemas);
            }
        }
        api.getComponents().setSchemas(catalog.components());
        api.setTags(distinctTags(api.getTags()));
        withoutEndpoints(api);
    }

    /** Several resources share a tag; Payara lists it once for each, OpenAPI allows it once. */
    private static List<Tag> distinctTags(List<Tag> tags) {
        Map<String, Tag> byName = new TreeMap<>();
        for (Tag tag : tags) {
            byName.merge(tag.getName(), tag, (a, b) -> a.getDescription() != null ? a : b);
        }
        return List.copyOf(byName.values());
    }

    private static void conventions(Operation operation, boolean write, Allowed allowed) {
        operation.setDeprecated(null);
        boolean secured = allowed != null;
        if (secured) {
            operation.addExtension(ROLES, Arrays.stream(allowed.value()).map(Role::name).toList());
            // Every signed-in operation takes either scheme: a person's password or a client's token.
            operation.setSecurity(List.of(
                    OASFactory.createSecurityRequirement().addScheme(CoalitionApi.BASIC),
                    OASFactory.createSecurityRequirement().addScheme(CoalitionApi.BEARER)));
        } else {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        APIResponses responses = operation.getResponses();
        add(responses, "400", "Invalid input: the offending fields are listed in errors");
        if (secured) {
            add(responses, "401", "Not signed in: send HTTP Basic credentials or an API token (Bearer)");
            add(responses, "403", "Signed in without the role or country this needs");
            add(responses, "429", "Too many failed sign-ins for the account or address; see Retry-After");
        }
        if (operation.getRequestBody() != null || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            add(responses, "404", "No such resource, named in the path or in the body");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than allowed");
            add(responses, "415", "The body is not of a media type this operation takes");
        }
        if (write) {
            add(responses, "409", "Conflicts with the current state (duplicate, stale version, life cycle)");
            add(responses, "503", "Busy with other changes to the same records; nothing was changed: retry after "
                    + "Retry-After");
        }
        add(responses, "500", "Unexpected error; the detail gives a reference for support");
    }

    /** An operation that answers only in CSV or a file refuses a client that accepts nothing but JSON. */
    private static void notAcceptable(Operation operation, OperationSchemas schemas) {
        List<String> answered = operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null)
                .flatMap(r -> r.getValue().getContent().getMediaTypes().keySet().stream()).toList();
        if (!answered.isEmpty() && !answered.contains("application/json")) {
            operation.getResponses().addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header excludes the media types this operation answers in")
                    .content(schemas.problem()));
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /**
     * Payara adds a top-level {@code endpoints} map that OpenAPI does not define and client
     * generators reject; its model exposes it only on the implementation class.
     */
    private static void withoutEndpoints(OpenAPI api) {
        try {
            Object endpoints = api.getClass().getMethod("getEndpoints").invoke(api);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (NoSuchMethodException e) {
            // Another implementation: nothing to remove.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
