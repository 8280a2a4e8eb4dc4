package org.dronecoalition.web.rest.account;

import java.time.OffsetDateTime;
import org.dronecoalition.domain.account.ApiToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiToken", description = "An API token; its secret is shown only when it is issued")
public record TokenView(
        @Schema(example = "50") long id,
        @Schema(example = "Ministry of Defence ERP") String name,
        @Schema(example = "rep-lv") String username,
        OffsetDateTime createdAt,
        @Schema(example = "cso") String createdBy,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt,
        @Schema(description = "Recorded to the minute") OffsetDateTime lastUsedAt,
        @Schema(description = "Only in the answer that issued it: send it as 'Authorization: Bearer <secret>'",
                example = "dcp-api-Qm9v...") String secret) {

    public static TokenView of(ApiToken t) {
        return of(t, null);
    }

    public static TokenView of(ApiToken t, String secret) {
        return new TokenView(t.getId(), t.getName(), t.getAccount().getUsername(), t.getCreatedAt(), t.getCreatedBy(),
                t.getExpiresAt(), t.getRevokedAt(), t.getLastUsedAt(), secret);
    }
}
