package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;

/** Who a signed-in user is, in the domain's terms. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountService {

    @Inject
    UserAccountRepository accounts;

    /** The actor for a user name the container authenticated; anonymous if the account is gone. */
    public Actor actorFor(String username) {
        return accounts.find(username).map(UserAccount::asActor).orElse(Actor.ANONYMOUS);
    }
}
