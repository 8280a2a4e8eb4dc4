package org.dronecoalition.web.rest.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dronecoalition.domain.member.MemberRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewMember", description = "A country joining the coalition")
public record NewMember(
        @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be two letters (ISO 3166-1 alpha-2)")
        @Schema(required = true, example = "NO") String code,
        @Size(max = 100) @Schema(description = "Defaults to the English country name", example = "Norway")
        String name,
        @NotNull @Schema(required = true, example = "2025-04-10") LocalDate joinedOn,
        @NotNull @Schema(required = true) MemberRole role,
        @Schema(example = "2025-04-10") LocalDate mouSignedOn) {
}
