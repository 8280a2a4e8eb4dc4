package org.dronecoalition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.dronecoalition.domain.account.CredentialRepository;
import org.dronecoalition.domain.account.PasswordToken;
import org.dronecoalition.domain.account.Secret;
import org.dronecoalition.domain.account.UserAccount;

/** Issues the one-time token with which a user chooses a password; earlier tokens become void. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SetPasswordLinks {

    /** What whoever created the account passes on to its user, shown once. */
    public record Issued(UserAccount account, String token, OffsetDateTime expiresAt) {
        @Override
        public String toString() {
            return "Issued[" + account.getUsername() + ", until " + expiresAt + "]";
        }
    }

    @Inject
    CredentialRepository credentials;

    @Inject
    Clock clock;

    public Issued issue(UserAccount account) {
        Instant now = clock.instant();
        Secret secret = Secret.generate(PasswordToken.PREFIX);
        PasswordToken token = new PasswordToken(account, secret, now);
        credentials.issue(token, account, now);
        return new Issued(account, secret.value(), token.getExpiresAt());
    }
}
