package org.dronecoalition.web.rest.tender;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenderDecision", description = "Publication, cancellation or failure of a tender, with the version "
        + "read")
public class TenderDecision {

    @NotNull
    @Schema(required = true, example = "1")
    public Long version;

    @Size(max = 1000)
    @Schema(description = "Required to cancel or to declare unsuccessful: bidders and the public read it",
            example = "The requirements are being revised")
    public String reason;
}
