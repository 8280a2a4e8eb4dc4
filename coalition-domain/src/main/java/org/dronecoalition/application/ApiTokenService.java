package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.ApiToken;
import org.dronecoalition.domain.account.CredentialRepository;
import org.dronecoalition.domain.account.CredentialsChanged;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.Secret;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;

/** The CSO issues, lists and revokes the API tokens with which client systems act for an account. */
@Stateless
public class ApiTokenService {

    /** A new token and its secret, which is shown this once. */
    public record Issued(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "Issued[" + token.getName() + "]";
        }
    }

    @Inject
    UserAccountRepository accounts;

    @Inject
    CredentialRepository credentials;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    Clock clock;

    public Issued issue(Actor actor, String username, String name, Instant expiresAt) {
        actor.require(Role.CSO_ADMIN);
        UserAccount account = accounts.get(username);
        if (!account.isEnabled()) {
            throw new ConflictException("username", "The account " + account.getUsername() + " is disabled");
        }
        Secret secret = Secret.generate(ApiToken.PREFIX);
        ApiToken token = new ApiToken(account, name, secret, expiresAt, actor, clock.instant());
        credentials.add(token);
        audit.record(actor, AccountService.AGGREGATE, account.getUsername(), "TOKEN_ISSUED",
                "token " + token.getId() + " '" + token.getName() + "' until " + token.getExpiresAt());
        return new Issued(token, secret.value());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ApiToken> list(Actor actor, String username, PageRequest page) {
        actor.require(Role.CSO_ADMIN);
        return credentials.apiTokens(accounts.get(username), page);
    }

    public ApiToken revoke(Actor actor, String username, long id) {
        actor.require(Role.CSO_ADMIN);
        ApiToken token = credentials.apiToken(accounts.get(username), id);
        token.revoke(clock.instant());
        credentialsChanged.fire(new CredentialsChanged());
        audit.record(actor, AccountService.AGGREGATE, token.getAccount().getUsername(), "TOKEN_REVOKED",
                "token " + id + " '" + token.getName() + "'");
        return token;
    }
}
