package org.dronecoalition.web.rest.contribution;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PledgeChange", description = "A new pledged amount, never below what already arrived")
public class PledgeChange {

    @NotNull
    @Schema(required = true, example = "6000000.00")
    @Euros
    public BigDecimal pledged;

    @Schema(example = "EUR")
    public String currency;

    @NotNull
    @Schema(required = true, example = "2")
    public Long version;
}
