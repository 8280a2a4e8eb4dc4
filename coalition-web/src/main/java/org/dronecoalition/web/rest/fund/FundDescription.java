package org.dronecoalition.web.rest.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.dronecoalition.domain.fund.FundCharter;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new fund, or a fund's new description (then with the version it was read at). */
@Schema(name = "FundDescription")
public class FundDescription {

    @NotBlank
    @Size(max = 120)
    @Schema(required = true, example = "Interceptor fund")
    public String name;

    @Size(max = 2000)
    @Schema(example = "Joint procurement of interceptor drones")
    public String purpose;

    @Size(max = 300)
    @Schema(example = "Decision of the coalition of 11 November 2024")
    public String governingDocument;

    @Schema(example = "50000000.00", description = "What the fund aims to raise, in euros; optional")
    @Euros
    public BigDecimal target;

    @Schema(description = "Required when updating: the version the fund was read at", example = "1")
    public Long version;

    FundCharter charter() {
        return new FundCharter(name, purpose, governingDocument,
                target == null ? null : Money.positive("target", target, null));
    }
}
