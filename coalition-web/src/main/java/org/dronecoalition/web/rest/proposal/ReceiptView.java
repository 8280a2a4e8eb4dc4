package org.dronecoalition.web.rest.proposal;

import java.time.OffsetDateTime;
import org.dronecoalition.domain.proposal.ProposalSubmission;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionReceipt", description = "Proof of a submission: the server time and the SHA-256 of the canonical "
        + "text, which lists the offer and the SHA-256 of every document")
public record ReceiptView(
        @Schema(example = "51") long proposalId,
        @Schema(example = "2") int version,
        @Schema(description = "Server time of the submission") OffsetDateTime submittedAt,
        @Schema(example = "maker") String submittedBy,
        @Schema(example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b") String sha256,
        @Schema(description = "The exact UTF-8 text that was hashed") String canonical) {

    public static ReceiptView of(ProposalSubmission s) {
        return new ReceiptView(s.getProposalId(), s.getVersionNo(), s.getSubmittedAt(), s.getSubmittedBy(),
                s.getSha256(), s.getCanonical());
    }
}
