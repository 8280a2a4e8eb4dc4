package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.CredentialsChanged;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/**
 * A company's administrator (its first user) manages the company's users. Another company's
 * users do not exist for it: asking for one answers as for an unknown name.
 */
@Stateless
public class CompanyUserService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    SetPasswordLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<UserAccount> list(Actor actor, PageRequest page) {
        administrator(actor);
        return accounts.list(new UserAccountRepository.Filter(null, null, null, actor.manufacturerId()), page);
    }

    public SetPasswordLinks.Issued add(Actor actor, String username, String displayName) {
        administrator(actor);
        accounts.requireFree(username);
        UserAccount colleague = UserAccount.companyUser(username, displayName, actor.manufacturerId(), false,
                clock.instant());
        accounts.add(colleague);
        audit.record(actor, AccountService.AGGREGATE, colleague.getUsername(), "CREATED",
                AccountService.describe(colleague));
        return links.issue(colleague);
    }

    public UserAccount setEnabled(Actor actor, String username, long expectedVersion, boolean enabled) {
        UserAccount colleague = colleague(actor, username);
        if (colleague.getUsername().equals(actor.username())) {
            throw new ConflictException("enabled", "You cannot disable your own account");
        }
        colleague.requireVersion(expectedVersion);
        if (colleague.isEnabled() != enabled) {
            if (enabled) {
                colleague.enable();
            } else {
                colleague.disable();
            }
            accounts.flush();
            credentialsChanged.fire(new CredentialsChanged());
            audit.record(actor, AccountService.AGGREGATE, colleague.getUsername(), enabled ? "ENABLED" : "DISABLED",
                    AccountService.describe(colleague));
        }
        return colleague;
    }

    public SetPasswordLinks.Issued resetPassword(Actor actor, String username) {
        UserAccount colleague = colleague(actor, username);
        audit.record(actor, AccountService.AGGREGATE, colleague.getUsername(), "PASSWORD_RESET",
                "set-password link issued");
        return links.issue(colleague);
    }

    private UserAccount colleague(Actor actor, String username) {
        administrator(actor);
        return accounts.find(username).filter(a -> a.colleagueOf(actor))
                .orElseThrow(() -> new UnknownEntityException("User", username));
    }

    /** Whether the actor administers its company's users. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean administers(Actor actor) {
        return actor.has(Role.MANUFACTURER)
                && accounts.find(actor.username()).map(UserAccount::isCompanyAdmin).orElse(false);
    }

    /** Only the company's administrator; the check reads the account, so a change applies at once. */
    private void administrator(Actor actor) {
        actor.require(Role.MANUFACTURER);
        if (!administers(actor)) {
            throw new AccessDeniedException(true, "Only your company's administrator manages its users");
        }
    }
}
