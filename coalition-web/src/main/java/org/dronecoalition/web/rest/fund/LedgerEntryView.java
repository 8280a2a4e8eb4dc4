package org.dronecoalition.web.rest.fund;

import java.time.OffsetDateTime;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerEntry", description = "One line of a fund's append-only ledger")
public record LedgerEntryView(
        @Schema(example = "51") long id,
        @Schema(example = "50") long fundId,
        EntryType type,
        @Schema(example = "2400000.00") Money amount,
        @Schema(example = "EUR") String currency,
        @Schema(example = "LV") String memberCode,
        Long contributionId,
        @Schema(example = "DC-2024-FPV-00 pilot orders") String reference,
        @Schema(description = "The entry this one corrects, if it is a correction") Long correctsId,
        OffsetDateTime recordedAt,
        @Schema(example = "cso") String recordedBy) {

    public static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(e.getId(), e.getFundId(), e.getType(), e.getAmount(), "EUR",
                e.getMemberCode(), e.getContributionId(), e.getReference(), e.getCorrectsId(), e.getRecordedAt(),
                e.getRecordedBy());
    }
}
