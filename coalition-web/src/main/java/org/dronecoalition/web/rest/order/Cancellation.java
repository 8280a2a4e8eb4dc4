package org.dronecoalition.web.rest.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderCancellation", description = "Why an order is cancelled, with the version read")
public class Cancellation {

    @NotNull
    @Schema(required = true, example = "1")
    public Long version;

    @NotBlank
    @Size(max = 1000)
    @Schema(required = true, example = "The manufacturer cannot deliver")
    public String reason;
}
