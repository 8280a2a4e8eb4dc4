package org.dronecoalition.web.rest.tender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Answer", description = "The CSO's answer, published to every bidder")
public class Answer {

    @NotBlank
    @Size(max = 8000)
    @Schema(required = true, example = "Yes, on every unit.")
    public String answer;

    @NotNull
    @Schema(required = true, example = "1")
    public Long version;
}
