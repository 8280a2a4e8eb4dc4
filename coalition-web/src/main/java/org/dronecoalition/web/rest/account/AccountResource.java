package org.dronecoalition.web.rest.account;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MANUFACTURER;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;
import static org.dronecoalition.domain.account.Role.TEST_OFFICER;

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
import java.util.List;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.application.PasswordService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.shared.CountryCode;
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
@Path("accounts")
@Tag(name = "Accounts", description = "Staff accounts (CSO) and the signed-in user's own account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** Which accounts a list shows by state. */
    public enum State {
        ENABLED, DISABLED
    }

    @Inject
    AccountService accounts;

    @Inject
    PasswordService passwords;

    @Inject
    CurrentActor actor;

    @GET
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "listAccounts", summary = "List accounts (CSO)",
            description = "Paged, by user name; filter by role, country and state.")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    public PageView<AccountView> list(
            @QueryParam("role") @Parameter(schema = @Schema(implementation = Role.class)) String role,
            @QueryParam("country") @Parameter(example = "LV") String country,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = State.class)) String state,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        State wanted = QueryParams.enumValue("state", State.class, state);
        var filter = new UserAccountRepository.Filter(QueryParams.enumValue("role", Role.class, role),
                country == null || country.isBlank() ? null : CountryCode.of(country),
                wanted == null ? null : wanted == State.ENABLED, null);
        return PageView.of(accounts.list(actor.get(), filter, QueryParams.page(page, size)), AccountView::of);
    }

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "createAccount", summary = "Create a staff account (CSO)",
            description = "The answer carries a one-time set-password token for the new user, shown only here.")
    @APIResponse(responseCode = "201", description = "Created; Location names the account",
            content = @Content(schema = @Schema(implementation = SetPasswordLinkView.class)))
    public Response create(@NotNull @Valid NewAccount body, @Context UriInfo uri) {
        var issued = accounts.create(actor.get(), new AccountService.NewStaff(body.username, body.displayName,
                body.role, country(body.country)));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.account().getUsername()).build())
                .entity(SetPasswordLinkView.of(issued, uri))
                .build();
    }

    @GET
    @Path("me")
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "getMyAccount", summary = "The signed-in user's own account")
    @APIResponse(responseCode = "200", description = "Your account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public AccountView me() {
        return AccountView.of(accounts.mine(actor.get()));
    }

    @PUT
    @Path("me/password")
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "changeMyPassword", summary = "Change your own password")
    @APIResponse(responseCode = "204", description = "Changed; sign in with the new password from now on")
    public Response changePassword(@NotNull @Valid PasswordChange body) {
        passwords.change(actor.get(), body.currentPassword, body.newPassword);
        return Response.noContent().build();
    }

    @GET
    @Path("{username}")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "getAccount", summary = "One account (CSO)")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public AccountView get(@PathParam("username") @Parameter(example = "rep-lv") String username) {
        return AccountView.of(accounts.get(actor.get(), username));
    }

    @PUT
    @Path("{username}")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "changeAccount",
            summary = "Change an account's name, role scope or state (CSO); optimistic locking by version",
            description = "Disabling stops the account's sign-ins, sessions and API tokens at once.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public AccountView change(@PathParam("username") @Parameter(example = "rep-lv") String username,
            @NotNull @Valid AccountChange body) {
        return AccountView.of(accounts.change(actor.get(), username, body.version,
                new AccountService.Change(body.displayName, body.role, country(body.country), body.enabled)));
    }

    @POST
    @Path("{username}/password-reset")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "resetPassword", summary = "Issue a new set-password token for an account (CSO)",
            description = "Earlier tokens of the account become void; the current password stays valid until "
                    + "the user chooses a new one.")
    @APIResponse(responseCode = "200", description = "The token, shown once",
            content = @Content(schema = @Schema(implementation = SetPasswordLinkView.class)))
    public SetPasswordLinkView resetPassword(@PathParam("username") @Parameter(example = "rep-lv") String username,
            @Context UriInfo uri) {
        return SetPasswordLinkView.of(accounts.resetPassword(actor.get(), username), uri);
    }

    private static CountryCode country(String code) {
        return code == null || code.isBlank() ? null : CountryCode.of(code);
    }
}
