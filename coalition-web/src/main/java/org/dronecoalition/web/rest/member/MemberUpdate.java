package org.dronecoalition.web.rest.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberUpdate", description = "The editable part of a membership, with the version it was read at")
public record MemberUpdate(
        @NotNull @Schema(required = true, example = "2024-02-17") LocalDate joinedOn,
        @NotNull @Schema(required = true) MemberRole role,
        @NotNull @Schema(required = true) MembershipStatus status,
        @Schema(example = "2024-07-10") LocalDate mouSignedOn,
        @NotNull @PositiveOrZero @Schema(required = true, example = "1") Long version) {
}
