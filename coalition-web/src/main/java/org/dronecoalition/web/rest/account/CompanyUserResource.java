package org.dronecoalition.web.rest.account;

import static org.dronecoalition.domain.account.Role.MANUFACTURER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dronecoalition.application.CompanyUserService;
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
@Path("company/users")
@Tag(name = "Company users", description = "A manufacturer's administrator manages its company's users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyUserResource {

    @Inject
    CompanyUserService users;

    @Inject
    CurrentActor actor;

    @GET
    @Allowed({MANUFACTURER})
    @Operation(operationId = "listCompanyUsers", summary = "Your company's users (company administrator)")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    public PageView<AccountView> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(users.list(actor.get(), QueryParams.page(page, size)), AccountView::of);
    }

    @POST
    @Allowed({MANUFACTURER})
    @Operation(operationId = "addCompanyUser", summary = "Add a colleague (company administrator)",
            description = "The answer carries the colleague's one-time set-password token, shown only here.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = SetPasswordLinkView.class)))
    public Response add(@NotNull @Valid NewColleague body, @Context UriInfo uri) {
        var issued = users.add(actor.get(), body.username, body.displayName);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.account().getUsername()).build())
                .entity(SetPasswordLinkView.of(issued, uri))
                .build();
    }

    @PUT
    @Path("{username}")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "changeCompanyUser", summary = "Disable or enable a colleague (company administrator)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public AccountView change(@PathParam("username") @Parameter(example = "skyforge-bids") String username,
            @NotNull @Valid ColleagueChange body) {
        return AccountView.of(users.setEnabled(actor.get(), username, body.version, body.enabled));
    }

    @POST
    @Path("{username}/password-reset")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "resetCompanyUserPassword",
            summary = "Issue a new set-password token for a colleague (company administrator)")
    @APIResponse(responseCode = "200", description = "The token, shown once",
            content = @Content(schema = @Schema(implementation = SetPasswordLinkView.class)))
    public SetPasswordLinkView resetPassword(
            @PathParam("username") @Parameter(example = "skyforge-bids") String username, @Context UriInfo uri) {
        return SetPasswordLinkView.of(users.resetPassword(actor.get(), username), uri);
    }
}
