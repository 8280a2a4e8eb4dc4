package org.dronecoalition.web.rest.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dronecoalition.domain.delivery.DeliverySource;
import org.dronecoalition.domain.shared.DroneCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Shipment", description = "Drones shipped to Ukraine: from an order (orderId) or donated in kind by "
        + "a member country (memberCode and category)")
public class Shipment {

    @NotNull
    @Schema(required = true)
    public DeliverySource source;

    @Schema(example = "51", description = "For source ORDER")
    public Long orderId;

    @Schema(example = "LV", description = "For source IN_KIND: the donor")
    public String memberCode;

    @Schema(description = "For source IN_KIND; an order's drones are of its tender's category")
    public DroneCategory category;

    @NotNull
    @Min(1)
    @Max(10_000_000)
    @Schema(required = true, example = "20")
    public Integer quantity;

    @NotNull
    @Schema(required = true, example = "2026-11-20")
    public LocalDate shippedOn;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, example = "Logistics hub, Rzeszów")
    public String destination;
}
