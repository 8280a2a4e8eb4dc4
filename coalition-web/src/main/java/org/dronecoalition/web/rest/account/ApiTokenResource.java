package org.dronecoalition.web.rest.account;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dronecoalition.application.ApiTokenService;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("accounts/{username}/tokens")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentActor actor;

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "issueToken", summary = "Issue an API token for an account (CSO)",
            description = "The secret is in this answer only; the platform keeps its SHA-256.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    public Response issue(@PathParam("username") @Parameter(example = "rep-lv") String username,
            @NotNull @Valid NewToken body) {
        var issued = tokens.issue(actor.get(), username, body.name, body.expiresAt.toInstant());
        return Response.status(Response.Status.CREATED).entity(TokenView.of(issued.token(), issued.secret())).build();
    }

    @GET
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "listTokens", summary = "An account's API tokens with their last use (CSO)")
    @APIResponse(responseCode = "200", description = "A page of tokens, newest first")
    public PageView<TokenView> list(@PathParam("username") @Parameter(example = "rep-lv") String username,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(tokens.list(actor.get(), username, QueryParams.page(page, size)), TokenView::of);
    }

    @POST
    @Path("{id}/revocation")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "revokeToken", summary = "Revoke an API token (CSO); it stops working at once")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    public TokenView revoke(@PathParam("username") @Parameter(example = "rep-lv") String username,
            @PathParam("id") @Parameter(example = "50") long id) {
        return TokenView.of(tokens.revoke(actor.get(), username, id));
    }
}
