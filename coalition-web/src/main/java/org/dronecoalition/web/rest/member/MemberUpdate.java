package org.dronecoalition.web.rest.member;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberUpdate", description = "The editable part of a membership, with the version it was read at")
public class MemberUpdate {

    @NotNull
    @Schema(required = true, example = "2024-02-17")
    public LocalDate joinedOn;

    @NotEmpty
    @Schema(required = true, example = "[\"MEMBER\"]", description = "MEMBER alone, or INITIATOR and/or CO_LEAD")
    public List<MemberRole> roles;

    @NotNull
    @Schema(required = true)
    public MembershipStatus status;

    @Schema(example = "2024-07-10")
    public LocalDate mouSignedOn;

    @NotNull
    @Schema(required = true, minimum = "0", example = "1")
    public Long version;
}
