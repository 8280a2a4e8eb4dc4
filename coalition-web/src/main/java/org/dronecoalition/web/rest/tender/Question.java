package org.dronecoalition.web.rest.tender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Question", description = "A manufacturer's question on a published tender")
public class Question {

    @NotBlank
    @Size(max = 4000)
    @Schema(required = true, example = "Is a thermal camera required on every unit?")
    public String question;
}
