package org.dronecoalition.web.rest.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The closing of an order, with the version read and, for a partly delivered one, why the rest is not coming. */
@Schema(name = "OrderClosing", description = "Closes an order; a PARTIALLY_DELIVERED one needs the reason")
public class Closing {

    @NotNull
    @Schema(required = true, example = "7")
    public Long version;

    @Size(max = 1000)
    @Schema(example = "The manufacturer's plant was destroyed; the remaining 300 drones will not come")
    public String reason;
}
