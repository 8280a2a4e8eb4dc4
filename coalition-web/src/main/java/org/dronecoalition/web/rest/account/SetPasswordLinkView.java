package org.dronecoalition.web.rest.account;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.dronecoalition.application.SetPasswordLinks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetPasswordLink", description = "Shown once: pass it to the account's user, who chooses a password "
        + "with it (POST /api/set-password or the page at pagePath) before it expires")
public record SetPasswordLinkView(
        AccountView account,
        @Schema(example = "dcp-set-3q2-7Jm0Yk4...") String token,
        @Schema(example = "/coalition/set-password.xhtml?token=dcp-set-3q2-7Jm0Yk4...") String pagePath,
        OffsetDateTime expiresAt) {

    /** The page lives beside the API, under the application's context path. */
    public static SetPasswordLinkView of(SetPasswordLinks.Issued issued, UriInfo uri) {
        String contextPath = uri.getBaseUri().getPath().replaceFirst("/api/?$", "");
        return new SetPasswordLinkView(AccountView.of(issued.account()), issued.token(),
                contextPath + "/set-password.xhtml?token=" + issued.token(), issued.expiresAt());
    }
}
