package org.dronecoalition.web.rest.member;

import java.time.LocalDate;
import java.util.Set;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberCountry", description = "A partner country of the coalition")
public record MemberView(
        @Schema(description = "ISO 3166-1 alpha-2 code", example = "LV") String code,
        @Schema(example = "Latvia") String name,
        @Schema(example = "2024-01-17") LocalDate joinedOn,
        @Schema(example = "[\"CO_LEAD\", \"INITIATOR\"]") Set<MemberRole> roles,
        MembershipStatus status,
        @Schema(description = "When the country signed the MoU of 10 July 2024, if it did", example = "2024-07-10")
        LocalDate mouSignedOn,
        @Schema(description = "Send it back with an update; a stale one gives 409", example = "1") long version,
        @Schema(description = "For the CSO only: enabled representative accounts of the country. With none, "
                + "the country cannot vote, yet it still counts toward the quorum", example = "1")
        Long activeRepresentatives) {

    static MemberView of(MemberCountry m) {
        return of(m, null);
    }

    static MemberView of(MemberCountry m, Long activeRepresentatives) {
        return new MemberView(m.getCode().value(), m.getName(), m.getJoinedOn(), m.getRoles(), m.getStatus(),
                m.getMouSignedOn(), m.getVersion(), activeRepresentatives);
    }
}
