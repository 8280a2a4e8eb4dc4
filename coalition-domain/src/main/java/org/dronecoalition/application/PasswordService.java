package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.CredentialRepository;
import org.dronecoalition.domain.account.PasswordPolicy;
import org.dronecoalition.domain.account.PasswordToken;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.Secret;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.shared.InvalidInputException;

/** A user chooses a password: with a one-time token, or by changing the current one. */
@Stateless
public class PasswordService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    CredentialRepository credentials;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Public: the token is the permission. Returns the account, whose user may now sign in. */
    public UserAccount setWithToken(String token, String password) {
        if (token == null || !token.startsWith(PasswordToken.PREFIX) || token.length() > 100) {
            throw new InvalidInputException("token", "This is not a set-password token");
        }
        PasswordToken spent = credentials.passwordToken(new Secret(token))
                .orElseThrow(() -> new InvalidInputException("token", "This set-password link is no longer valid; "
                        + "ask the CSO (or your company's administrator) for a new one"));
        UserAccount account = spent.use(clock.instant());
        PasswordPolicy.check("password", account.getUsername(), password);
        account.setPasswordHash(passwords.hash(password));
        audit.record(account.asActor(), SignInService.AGGREGATE, account.getUsername(), "PASSWORD_SET",
                "with a set-password link");
        return account;
    }

    public void change(Actor actor, String currentPassword, String newPassword) {
        actor.require(Role.values());
        UserAccount account = accounts.lock(actor.username());
        if (currentPassword == null
                || passwords.check(currentPassword, account.getPasswordHash()) == Passwords.Check.MISMATCH) {
            throw new InvalidInputException("currentPassword", "The current password is wrong");
        }
        PasswordPolicy.check("newPassword", account.getUsername(), newPassword);
        account.setPasswordHash(passwords.hash(newPassword));
        audit.record(actor, SignInService.AGGREGATE, account.getUsername(), "PASSWORD_CHANGED", null);
    }
}
