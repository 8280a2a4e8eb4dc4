package org.dronecoalition.web.rest.account;

import java.time.OffsetDateTime;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account", description = "A person who signs in; never deleted, disabled instead")
public record AccountView(
        @Schema(example = "rep-no") String username,
        @Schema(example = "Representative of Norway") String displayName,
        Role role,
        @Schema(description = "The member country a representative acts for", example = "NO") String country,
        @Schema(description = "The company of a manufacturer's user", example = "51") Long manufacturerId,
        @Schema(description = "Whether this user administers its company's users") boolean companyAdmin,
        boolean enabled,
        @Schema(description = "Whether a password has been chosen") boolean hasPassword,
        OffsetDateTime createdAt,
        @Schema(description = "Recorded at most every 15 minutes for API clients") OffsetDateTime lastSignInAt,
        @Schema(example = "1") long version) {

    public static AccountView of(UserAccount a) {
        return new AccountView(a.getUsername(), a.getDisplayName(), a.getRole(),
                a.getCountry() == null ? null : a.getCountry().value(), a.getManufacturerId(), a.isCompanyAdmin(),
                a.isEnabled(), a.getPasswordHash() != null, a.getCreatedAt(), a.getLastSignInAt(), a.getVersion());
    }
}
