package org.dronecoalition.web.rest.contribution;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Receipt", description = "Money of a pledge that arrived in the fund (CSO)")
public class Receipt {

    @NotNull
    @Schema(required = true, example = "2000000.00", description = "Euros, at most what is outstanding")
    @Euros
    public BigDecimal amount;

    @Schema(example = "EUR")
    public String currency;
}
