package org.dronecoalition.web.rest.delivery;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryReceipt", description = "What arrived in Ukraine: accepted and rejected add up to the shipment")
public class ReceiptInUkraine {

    @NotNull
    @Min(0)
    @Schema(required = true, example = "19")
    public Integer accepted;

    @NotNull
    @Min(0)
    @Schema(required = true, example = "1")
    public Integer rejected;

    @NotNull
    @Schema(required = true, example = "1")
    public Long version;
}
