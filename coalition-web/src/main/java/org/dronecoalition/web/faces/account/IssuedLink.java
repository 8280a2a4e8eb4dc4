package org.dronecoalition.web.faces.account;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.dronecoalition.application.SetPasswordLinks;
import org.omnifaces.util.Faces;

/** A set-password link as a page shows it once: whose it is, the address to pass on, until when. */
public record IssuedLink(String username, String url, OffsetDateTime expiresAt) implements Serializable {

    public static IssuedLink of(SetPasswordLinks.Issued issued) {
        return new IssuedLink(issued.account().getUsername(), Faces.getRequestBaseURL()
                + "set-password.xhtml?token=" + issued.token(), issued.expiresAt());
    }
}
