package org.dronecoalition.web.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewColleague", description = "Another user of the administrator's company")
public class NewColleague {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{2,59}", message = "3 to 60 letters, digits or . _ @ -")
    @Schema(required = true, example = "skyforge-bids")
    public String username;

    @NotNull
    @Size(min = 1, max = 120)
    @Schema(required = true, example = "Mykola Bondar")
    public String displayName;
}
