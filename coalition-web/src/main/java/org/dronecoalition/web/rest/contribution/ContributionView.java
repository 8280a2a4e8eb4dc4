package org.dronecoalition.web.rest.contribution;

import java.time.LocalDate;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.contribution.ContributionStatus;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contribution", description = "A member country's pledge to a fund and what of it arrived")
public record ContributionView(
        @Schema(example = "51") long id,
        @Schema(example = "50") long fundId,
        @Schema(example = "LV") String memberCode,
        @Schema(example = "5000000.00") Money pledged,
        @Schema(example = "2000000.00") Money received,
        @Schema(example = "3000000.00") Money outstanding,
        @Schema(example = "EUR") String currency,
        ContributionStatus status,
        LocalDate pledgedOn,
        @Schema(example = "2") long version) {

    public static ContributionView of(Contribution c) {
        return new ContributionView(c.getId(), c.getFundId(), c.getMemberCode(), c.getPledged(),
                c.getReceived(), c.getOutstanding(), "EUR", c.getStatus(), c.getPledgedOn(),
                c.getVersion());
    }
}
