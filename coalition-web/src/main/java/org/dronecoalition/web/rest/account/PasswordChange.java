package org.dronecoalition.web.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChange", description = "The signed-in user's current and new password")
public class PasswordChange {

    @NotNull
    @Size(max = 200)
    @Schema(required = true)
    public String currentPassword;

    @NotNull
    @Size(min = 12, max = 200)
    @Schema(required = true, description = "At least 12 characters, not containing the user name, not a common password")
    public String newPassword;
}
