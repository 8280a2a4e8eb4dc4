package org.dronecoalition.web.rest.tender;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.dronecoalition.application.TenderService;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.web.answers.ChangesWithTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tender", description = "A call for proposals as the reader may see it now")
public record TenderView(
        @Schema(example = "DC-2024-FPV-02") String reference,
        @Schema(example = "Advanced FPV drones") String title,
        DroneCategory category,
        String description,
        String requirements,
        @Schema(example = "300") int quantity,
        @Schema(example = "4500000.00") Money budgetCeiling,
        @Schema(example = "EUR") String currency,
        @Schema(example = "50") long fundId,
        @Schema(example = "Joint drone fund") String fundName,
        Set<String> eligibleCountries,
        List<TenderDraft.CriterionView> criteria,
        @Schema(description = "In the tender's time zone") OffsetDateTime clarificationDeadline,
        @Schema(description = "In the tender's time zone") OffsetDateTime submissionDeadline,
        @Schema(example = "Europe/Kyiv") String timeZone,
        @Schema(description = "CLOSED as soon as the deadline has passed, even before the closing is recorded")
        TenderStatus status,
        @Schema(description = "Why the tender was cancelled or ended unsuccessfully") String statusReason,
        @Schema(description = "Whole days until the submission deadline; absent once passed", example = "12")
        Long daysToDeadline,
        OffsetDateTime publishedAt,
        OffsetDateTime openedAt,
        @Schema(description = "Proposals submitted so far: for the CSO only, never their content before the deadline",
                example = "3") Long proposalsSubmitted,
        @Schema(description = "Once opened (not in lists): the SHA-256 receipts of the proposals that count, in hash order, "
                + "so that every bidder can check that what was opened is what it sent")
        List<String> openingReceipts,
        @Schema(example = "1") long version) implements ChangesWithTime {

    @Override
    public Instant changesAt() {
        return ChangesWithTime.daysLeftChange(submissionDeadline, daysToDeadline);
    }

    static TenderView of(TenderService.Notice n) {
        Tender t = n.tender();
        return new TenderView(t.getReference(), t.getTitle(), t.getCategory(), t.getDescription(),
                t.getRequirements(), t.getQuantity(), t.getBudgetCeiling(), "EUR", t.getFundId(), n.fundName(),
                t.getEligibleCountries(), t.getCriteria().stream().map(TenderDraft.CriterionView::of).toList(),
                t.getClarificationDeadline().toOffsetDateTime(), t.getSubmissionDeadline().toOffsetDateTime(),
                t.getTimeZone().getId(), n.status(), t.getStatusReason(), n.daysToDeadline(), t.getPublishedAt(),
                t.getOpenedAt(), n.proposalsSubmitted(), n.openingReceipts(), t.getVersion());
    }
}
