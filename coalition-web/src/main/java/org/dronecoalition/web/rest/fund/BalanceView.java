package org.dronecoalition.web.rest.fund;

import java.util.List;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FundBalance", description = "A fund's figures, all derived from its ledger. "
        + "available = received - committed + released; outstanding = committed - released - paid")
public record BalanceView(
        @Schema(example = "50") long fundId,
        @Schema(example = "EUR") String currency,
        @Schema(example = "45000000.00") Money pledged,
        @Schema(example = "35000000.00") Money received,
        @Schema(example = "2400000.00") Money committed,
        @Schema(example = "0.00") Money released,
        @Schema(example = "1200000.00") Money paid,
        @Schema(example = "32600000.00") Money available,
        @Schema(example = "1200000.00") Money outstanding,
        List<MemberFiguresView> members) {

    @Schema(name = "MemberFigures", description = "What one member country pledged and paid into the fund")
    public record MemberFiguresView(@Schema(example = "LV") String memberCode,
            @Schema(example = "5000000.00") Money pledged,
            @Schema(example = "5000000.00") Money received) {
    }

    static BalanceView of(FundService.FundOverview o) {
        FundBalance b = o.balance();
        return new BalanceView(o.fund().getId(), o.fund().getCurrency(), o.pledged(), b.received(),
                b.committed(), b.released(), b.paid(), b.available(),
                b.outstanding(), o.members().stream().map(m -> new MemberFiguresView(m.memberCode(),
                        m.pledged(), m.received())).toList());
    }
}
