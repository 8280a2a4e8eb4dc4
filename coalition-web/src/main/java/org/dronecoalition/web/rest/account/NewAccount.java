package org.dronecoalition.web.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dronecoalition.domain.account.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewAccount", description = "A staff account: CSO_ADMIN, MEMBER_REP (with its country) or TEST_OFFICER")
public class NewAccount {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{2,59}", message = "3 to 60 letters, digits or . _ @ -")
    @Schema(required = true, example = "rep-no")
    public String username;

    @NotNull
    @Size(min = 1, max = 120)
    @Schema(required = true, example = "Representative of Norway")
    public String displayName;

    @NotNull
    @Schema(required = true)
    public Role role;

    @Pattern(regexp = "[A-Za-z]{2}", message = "must be two letters (ISO 3166-1 alpha-2)")
    @Schema(description = "Required for MEMBER_REP, absent otherwise", example = "NO")
    public String country;
}
