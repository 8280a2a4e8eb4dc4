package org.dronecoalition.web.rest.system;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClockShift", description = "How far the clock should run ahead of real time")
public class ClockShift {

    @NotNull
    @Schema(required = true, example = "3600000")
    public Long offsetMillis;
}
