package org.dronecoalition.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dronecoalition.application.KeptSignIns;
import org.dronecoalition.domain.account.Actor;

/**
 * The domain's {@link Actor} for this request: the authentication mechanism read the account
 * when it signed the request in; a request it did not sign in is anonymous. A representative's
 * country is checked for every request, as kept while nothing changed ({@link KeptSignIns}), so a
 * representative of a country that withdrew is refused at once, even within a session.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    @Inject
    KeptSignIns signIns;

    private Actor current;

    public Actor get() {
        if (current == null) {
            Object actor = request.getAttribute(CoalitionAuthenticationMechanism.ACTOR);
            current = actor instanceof Actor known ? signIns.representing(known) : Actor.ANONYMOUS;
        }
        return current;
    }
}
