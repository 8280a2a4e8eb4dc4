package org.dronecoalition.web.rest.fund;

import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Fund", description = "A pool of member countries' money in euros")
public record FundView(
        @Schema(example = "50") long id,
        @Schema(example = "MoU special fund") String name,
        @Schema(example = "EUR") String currency,
        String purpose,
        @Schema(example = "Memorandum of Understanding of 10 July 2024") String governingDocument,
        @Schema(description = "What the fund aims to raise; absent when it has no target") Money target,
        @Schema(example = "1") long version) {

    static FundView of(Fund f) {
        return new FundView(f.getId(), f.getName(), f.getCurrency(), f.getPurpose(), f.getGoverningDocument(),
                f.getTarget().orElse(null), f.getVersion());
    }
}
