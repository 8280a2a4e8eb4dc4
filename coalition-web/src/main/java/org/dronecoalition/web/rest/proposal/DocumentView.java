package org.dronecoalition.web.rest.proposal;

import java.time.OffsetDateTime;
import org.dronecoalition.domain.proposal.ProposalDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProposalDocument", description = "A document of a proposal, its type checked by its content")
public record DocumentView(
        @Schema(example = "51") long id,
        @Schema(example = "datasheet.pdf") String fileName,
        @Schema(example = "application/pdf") String mediaType,
        @Schema(example = "482113") long sizeBytes,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        OffsetDateTime uploadedAt) {

    static DocumentView of(ProposalDocument d) {
        return new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedAt());
    }
}
