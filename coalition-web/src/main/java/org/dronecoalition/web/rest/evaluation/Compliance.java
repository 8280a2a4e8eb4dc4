package org.dronecoalition.web.rest.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Compliance", description = "The CSO's finding on an opened proposal, with the version read")
public class Compliance {

    @NotNull
    @Schema(required = true, example = "true")
    public Boolean compliant;

    @Size(max = 1000)
    @Schema(description = "Required when not compliant: the manufacturer reads it",
            example = "The payload test certificate is missing")
    public String reason;

    @NotNull
    @Schema(required = true, example = "3")
    public Long version;
}
