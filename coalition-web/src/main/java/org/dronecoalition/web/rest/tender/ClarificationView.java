package org.dronecoalition.web.rest.tender;

import java.time.OffsetDateTime;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.tender.Clarification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Clarification", description = "A question on a tender and the CSO's answer; the asker is not named")
public record ClarificationView(
        @Schema(example = "51") long id,
        @Schema(example = "Is a thermal camera required on every unit?") String question,
        @Schema(example = "Yes, on every unit.") String answer,
        OffsetDateTime askedAt,
        OffsetDateTime answeredAt,
        @Schema(description = "Whether your company asked it") boolean yours,
        @Schema(example = "1") long version) {

    static ClarificationView of(Clarification c, Actor reader) {
        boolean yours = reader.manufacturerId() != null && c.askedBy(reader.manufacturerId());
        return new ClarificationView(c.getId(), c.getQuestion(), c.getAnswer(), c.getAskedAt(), c.getAnsweredAt(),
                yours, c.getVersion());
    }
}
