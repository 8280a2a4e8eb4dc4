package org.dronecoalition.web.rest.contribution;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewPledge", description = "A member country promises money to a fund")
public class NewPledge {

    @NotNull
    @Schema(required = true, example = "50")
    public Long fundId;

    @NotNull
    @Schema(required = true, example = "LV", description = "A representative may pledge for their own country only")
    public String memberCode;

    @NotNull
    @Schema(required = true, example = "1000000.00", description = "Euros, more than zero, at most two decimals")
    @Euros
    public BigDecimal amount;

    @Schema(example = "EUR", description = "Only EUR; may be left out")
    public String currency;
}
