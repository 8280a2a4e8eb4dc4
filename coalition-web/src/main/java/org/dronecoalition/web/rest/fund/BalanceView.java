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

    @Schema(name = "MemberFigures", description = "One member country's part of the fund: what it pledged and "
            + "paid in, and its part of what the fund committed, released and paid (an order's entries by the "
            + "member shares recorded on the order, other entries by the shares of the money received). Each "
            + "figure of the members adds up to the fund's to the cent; available = received - committed + released")
    public record MemberFiguresView(@Schema(example = "LV") String memberCode,
            @Schema(example = "5000000.00") Money pledged,
            @Schema(example = "5000000.00") Money received,
            @Schema(example = "240000.00") Money committed,
            @Schema(example = "0.00") Money released,
            @Schema(example = "120000.00") Money paid,
            @Schema(example = "4760000.00") Money available) {
    }

    static BalanceView of(FundService.FundOverview o) {
        FundBalance b = o.balance();
        return new BalanceView(o.fund().getId(), o.fund().getCurrency(), o.pledged(), b.received(),
                b.committed(), b.released(), b.paid(), b.available(),
                b.outstanding(), o.members().stream().map(m -> new MemberFiguresView(m.memberCode(),
                        m.pledged(), m.part().received(), m.part().committed(), m.part().released(), m.part().paid(),
                        m.part().available())).toList());
    }
}
