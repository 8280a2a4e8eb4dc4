package org.dronecoalition.web.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dronecoalition.application.PasswordService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("set-password")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

    @Inject
    PasswordService passwords;

    @POST
    @Operation(operationId = "setPassword", summary = "Choose a password with a one-time set-password token",
            description = "Public: the token is the permission. It works once, before it expires.")
    @APIResponse(responseCode = "200", description = "Set; the account signs in with it from now on",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    public AccountView set(@NotNull @Valid PasswordSetting body) {
        return AccountView.of(passwords.setWithToken(body.token, body.password));
    }
}
