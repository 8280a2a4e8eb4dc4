package org.dronecoalition.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.domain.account.Actor;

/**
 * Turns the container's caller into the domain's {@link Actor}: looked up when an action first
 * asks for it, at most once per request, and never for the public reads that do not ask.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            Principal caller = security.getCallerPrincipal();
            actor = caller == null ? Actor.ANONYMOUS : accounts.actorFor(caller.getName());
        }
        return actor;
    }
}
