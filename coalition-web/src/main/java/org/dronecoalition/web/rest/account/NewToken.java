package org.dronecoalition.web.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewToken", description = "An API token for a client system acting as the account")
public class NewToken {

    @NotNull
    @Size(min = 1, max = 80)
    @Schema(required = true, example = "Ministry of Defence ERP")
    public String name;

    @NotNull
    @Schema(required = true, description = "At most 366 days ahead", example = "2027-06-30T00:00:00Z")
    public OffsetDateTime expiresAt;
}
