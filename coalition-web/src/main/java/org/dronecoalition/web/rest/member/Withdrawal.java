package org.dronecoalition.web.rest.member;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal", description = "A country leaves the coalition")
public class Withdrawal {

    @NotNull
    @Schema(required = true, minimum = "0", example = "1")
    public Long version;
}
