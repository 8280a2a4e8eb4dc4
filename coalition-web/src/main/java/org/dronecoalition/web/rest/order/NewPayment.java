package org.dronecoalition.web.rest.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment to the manufacturer against one of its invoices for the order. */
@Schema(name = "NewPayment")
public class NewPayment {

    @NotNull
    @Euros
    @Schema(required = true, example = "145000.00", description = "Euros, more than zero, at most what is "
            + "committed and unpaid on the order")
    public BigDecimal amount;

    @NotNull
    @Schema(required = true, example = "2024-09-30", description = "The day it was paid: not before the order was "
            + "placed, not after today")
    public LocalDate paidOn;

    @NotBlank
    @Size(max = 80)
    @Schema(required = true, example = "VYR-2024-0117")
    public String invoiceReference;

    @Schema(example = "EUR", description = "Only EUR; may be left out")
    public String currency;
}
