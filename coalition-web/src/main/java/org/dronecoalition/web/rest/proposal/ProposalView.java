package org.dronecoalition.web.rest.proposal;

import java.time.OffsetDateTime;
import java.util.List;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalStatus;
import org.dronecoalition.domain.proposal.ProposalSubmission;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Proposal", description = "A proposal as the reader may see it: its authors see their working copy, "
        + "the coalition (after the deadline) the submission that counts")
public record ProposalView(
        @Schema(example = "51") long id,
        @Schema(example = "DC-2024-FPV-02") String tender,
        @Schema(example = "Advanced FPV drones") String tenderTitle,
        @Schema(example = "51") long manufacturerId,
        @Schema(example = "Vyriy Drone Works") String manufacturer,
        ProposalStatus status,
        @Schema(example = "14500.00") Money unitPrice,
        @Schema(example = "EUR") String currency,
        @Schema(example = "300") Integer quantity,
        @Schema(example = "60") Integer monthlyCapacity,
        @Schema(example = "45") Integer leadTimeDays,
        String technicalData,
        @Schema(description = "The submission that counts; absent for a draft never submitted") ReceiptView receipt,
        @Schema(description = "Absent in lists") List<DocumentView> documents,
        OffsetDateTime updatedAt,
        @Schema(example = "1") long version) {

    public static ProposalView of(ProposalService.Dossier d) {
        return of(d.proposal(), d.tender().getReference(), d.tender().getTitle(), d.manufacturer().getLegalName(),
                d.terms(), d.counted(), d.documents().stream().map(DocumentView::of).toList());
    }

    /** A list row: the authors' working copy, or for the coalition the submission that counts. */
    public static ProposalView of(ProposalRepository.Listed l, boolean author) {
        ProposalTerms terms = author || l.counted() == null ? l.proposal().terms() : l.counted().terms();
        return of(l.proposal(), l.tender().getReference(), l.tender().getTitle(), l.manufacturer().getLegalName(),
                terms, l.counted(), null);
    }

    private static ProposalView of(Proposal p, String tender, String title, String manufacturer, ProposalTerms t,
            ProposalSubmission counted, List<DocumentView> documents) {
        return new ProposalView(p.getId(), tender, title, p.getManufacturerId(), manufacturer, p.getStatus(),
                t.unitPrice() == null ? null : t.unitPrice(), "EUR", t.quantity(), t.monthlyCapacity(),
                t.leadTimeDays(), t.technicalData(), counted == null ? null : ReceiptView.of(counted), documents,
                p.getUpdatedAt(), p.getVersion());
    }
}
