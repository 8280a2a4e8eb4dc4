package org.dronecoalition.web.rest.manufacturer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManufacturerDecision", description = "A CSO decision on a manufacturer, with the version read")
public class Decision {

    @NotNull
    @Schema(required = true, example = "1")
    public Long version;

    @Size(max = 1000)
    @Schema(description = "Required to reject or suspend: the manufacturer reads it",
            example = "The registration number does not match the extract from the register")
    public String reason;
}
