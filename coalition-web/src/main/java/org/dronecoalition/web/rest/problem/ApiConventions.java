package org.dronecoalition.web.rest.problem;

import java.util.List;
import org.dronecoalition.web.rest.CoalitionApi;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every operation shares, so each resource method only states its own success:
 * the problem responses (400 always, 401/403/429 where a role is required, 404 where the path names
 * a resource, 409 on writes, 500 everywhere), that an operation without a role is public, and that
 * path parameters are required.
 */
public class ApiConventions implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            requirePathParameters(operation);
            boolean write = entry.getKey() != PathItem.HttpMethod.GET;
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (secured) {
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
            if (hasPathParameter(operation)) {
                add(responses, "404", "No such resource");
            }
            if (write) {
                add(responses, "409", "Conflicts with the current state (duplicate, stale version, life cycle)");
            }
            add(responses, "500", "Unexpected error; the detail gives a reference for support");
        }
        return pathItem;
    }

    /** OpenAPI requires every path parameter to be marked required; the scanner leaves most unmarked. */
    private static void requirePathParameters(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH)
                    .forEach(p -> p.setRequired(true));
        }
    }

    private static boolean hasPathParameter(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Schema problem = OASFactory.createSchema().ref("Problem");
        MediaType media = OASFactory.createMediaType().schema(problem);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(code, response);
    }
}
