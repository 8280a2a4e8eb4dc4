package org.dronecoalition.web.rest.account;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ColleagueChange", description = "Disable or enable a user of your company")
public class ColleagueChange {

    @NotNull
    @Schema(required = true)
    public Boolean enabled;

    @NotNull
    @Schema(required = true, minimum = "0", example = "1")
    public Long version;
}
