package org.dronecoalition.web.rest.member;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberUpdate", description = "The editable part of a membership, with the version it was read at")
public class MemberUpdate {

    @NotNull
    @Schema(required = true, example = "2024-02-17")
    public LocalDate joinedOn;

    @NotNull
    @Schema(required = true)
    public MemberRole role;

    @NotNull
    @Schema(required = true)
    public MembershipStatus status;

    @Schema(example = "2024-07-10")
    public LocalDate mouSignedOn;

    @NotNull
    @Schema(required = true, minimum = "0", example = "1")
    public Long version;
}
