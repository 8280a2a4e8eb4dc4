package org.dronecoalition.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;

/** Turns the container's caller into the domain's {@link Actor}, once per request. */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    UserAccountRepository accounts;

    /** Dependent, because a record cannot be proxied; resources and beans live one request anyway. */
    @Produces
    Actor actor() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Actor.ANONYMOUS;
        }
        return accounts.find(caller.getName()).map(UserAccount::asActor).orElse(Actor.ANONYMOUS);
    }
}
