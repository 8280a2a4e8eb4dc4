package org.dronecoalition.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dronecoalition.application.KeptSignIns;
import org.dronecoalition.domain.account.Actor;

/**
 * The domain's {@link Actor} for this request: the authentication mechanism read the account
 * when it signed the request in; a request it did not sign in is anonymous. A representative's
 * country is checked for every request, as kept while nothing changed ({@link KeptSignIns}), so a
 * representative of a country that withdrew is refused at once, even within a session; it is
 * checked under the credential mark the sign-in was checked under, read once for both. The
 * checked actor stays with the request, not in a request-scoped bean: making one for every
 * request cost a tenth of a signed-in read's time.
 */
@ApplicationScoped
public class CurrentActor {

    private static final String CHECKED = "coalition.actor.checked";

    @Inject
    HttpServletRequest request;

    public Actor get() {
        if (request.getAttribute(CHECKED) instanceof Actor checked) {
            return checked;
        }
        Object signedIn = request.getAttribute(CoalitionAuthenticationMechanism.ACTOR);
        Object standing = request.getAttribute(CoalitionAuthenticationMechanism.STANDING);
        Actor actor = signedIn instanceof Actor known && standing instanceof KeptSignIns.Standing signIns
                ? signIns.representing(known) : Actor.ANONYMOUS;
        request.setAttribute(CHECKED, actor);
        return actor;
    }
}
