package org.dronecoalition.web.rest.order;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderStep", description = "A step in an order's life cycle, with the version read")
public class OrderStep {

    @NotNull
    @Schema(required = true, example = "2")
    public Long version;
}
