package org.dronecoalition.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dronecoalition.domain.account.Actor;

/**
 * The domain's {@link Actor} for this request: the authentication mechanism read the account
 * when it signed the request in; a request it did not sign in is anonymous.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    public Actor get() {
        Object actor = request.getAttribute(CoalitionAuthenticationMechanism.ACTOR);
        return actor instanceof Actor known ? known : Actor.ANONYMOUS;
    }
}
