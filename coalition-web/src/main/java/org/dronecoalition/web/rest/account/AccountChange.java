package org.dronecoalition.web.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dronecoalition.domain.account.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountChange", description = "The whole editable state of an account, with the version it was read at")
public class AccountChange {

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

    @NotNull
    @Schema(required = true, description = "false disables the account: its sign-ins and tokens stop at once")
    public Boolean enabled;

    @NotNull
    @Schema(required = true, minimum = "0", example = "1")
    public Long version;
}
