package org.dronecoalition.web.rest.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScaleUp", description = "A scale-up order for an awarded manufacturer whose pilot batch passed")
public class ScaleUp {

    @NotBlank
    @Schema(required = true, example = "DC-2024-FPV-02")
    public String tender;

    @NotNull
    @Schema(required = true, example = "51")
    public Long manufacturerId;

    @NotNull
    @Min(1)
    @Max(10_000_000)
    @Schema(required = true, example = "260")
    public Integer quantity;
}
