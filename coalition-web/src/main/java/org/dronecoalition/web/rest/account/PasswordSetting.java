package org.dronecoalition.web.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordSetting", description = "A password chosen with a one-time set-password token")
public class PasswordSetting {

    @NotNull
    @Size(max = 100)
    @Schema(required = true, example = "dcp-set-3q2-7Jm0Yk4...")
    public String token;

    @NotNull
    @Size(min = 12, max = 200)
    @Schema(required = true, description = "At least 12 characters, not containing the user name, not a common password")
    public String password;
}
