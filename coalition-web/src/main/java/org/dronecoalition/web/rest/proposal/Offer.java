package org.dronecoalition.web.rest.proposal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Offer", description = "What a manufacturer offers; all of it is needed to submit, "
        + "any of it may be missing in a draft")
public class Offer {

    @DecimalMin("0.01")
    @Schema(example = "14500.00", description = "EUR per drone, two decimals")
    @Euros
    public BigDecimal unitPrice;

    @Min(1)
    @Max(10_000_000)
    @Schema(example = "300")
    public Integer quantity;

    @Min(1)
    @Max(10_000_000)
    @Schema(example = "60", description = "Drones a month")
    public Integer monthlyCapacity;

    @Min(0)
    @Max(3650)
    @Schema(example = "45", description = "Days from order to first delivery")
    public Integer leadTimeDays;

    @Size(max = 20000)
    @Schema(example = "Payload 5.5 kg; range 20 km; thermal camera; frequency hopping link")
    public String technicalData;

    @Schema(description = "The version read; required when changing a proposal", example = "1")
    public Long version;

    public ProposalTerms terms() {
        return new ProposalTerms(unitPrice == null ? null : Money.positive("unitPrice", unitPrice, null), quantity,
                monthlyCapacity, leadTimeDays, technicalData);
    }
}
