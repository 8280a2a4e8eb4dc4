package org.dronecoalition.web.rest.member;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.dronecoalition.domain.member.MemberRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A country joining the coalition. Request bodies are classes with public fields rather than
 * records: Payara's OpenAPI scanner fails on constraints that records copy to constructor parameters.
 */
@Schema(name = "NewMember", description = "A country joining the coalition")
public class NewMember {

    @NotNull
    @Pattern(regexp = "[A-Za-z]{2}", message = "must be two letters (ISO 3166-1 alpha-2)")
    @Schema(required = true, example = "NO")
    public String code;

    @Size(max = 100)
    @Schema(description = "Defaults to the English country name", example = "Norway")
    public String name;

    @NotNull
    @Schema(required = true, example = "2025-04-10")
    public LocalDate joinedOn;

    @NotEmpty
    @Schema(required = true, example = "[\"MEMBER\"]", description = "MEMBER alone, or INITIATOR and/or CO_LEAD")
    public List<MemberRole> roles;

    @Schema(example = "2025-04-10")
    public LocalDate mouSignedOn;
}
