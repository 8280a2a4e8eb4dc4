package org.dronecoalition.web.rest.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewLedgerEntry", description = "A commitment, release or payment for a reference (CSO)")
public class NewLedgerEntry {

    @NotNull
    @Schema(required = true, example = "COMMITMENT")
    public EntryType type;

    @NotNull
    @Schema(required = true, example = "250000.00", description = "Euros, more than zero, at most two decimals")
    @Euros
    public BigDecimal amount;

    @Schema(example = "EUR", description = "Only EUR; may be left out")
    public String currency;

    @NotBlank
    @Size(max = 80)
    @Schema(required = true, example = "DC-2024-INT-01 pilot order 3")
    public String reference;
}
