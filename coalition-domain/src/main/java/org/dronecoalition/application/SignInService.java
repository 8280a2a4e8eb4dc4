package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.ApiToken;
import org.dronecoalition.domain.account.CredentialsChanged;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.CredentialRepository;
import org.dronecoalition.domain.account.SignInThrottle;
import org.dronecoalition.domain.account.SignInThrottles;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * Signing in with a password (form or Basic) or an API token, throttled per account name and per
 * client address. Failures and the first sign-in after a while are audited, never the secret.
 */
@Stateless
public class SignInService {

    static final String AGGREGATE = "Account";

    /** How a sign-in came in; named in the audit trail. */
    public enum Channel {
        FORM, BASIC, TOKEN, SSO
    }

    /** Who the organisation's identity provider says the user is; the role and country as it names them. */
    public record ProviderIdentity(String subject, String username, String displayName, String role,
            String country) {
    }

    /** What an attempt came to. */
    public sealed interface Outcome {
    }

    /** Signed in as the actor until at most {@code expiresAt}: a token's expiry, none for the others. */
    public record SignedIn(Actor actor, Instant expiresAt) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    public record Throttled(long retryAfterSeconds) implements Outcome {
    }

    /** Signed in at the identity provider, but not allowed here: waiting for the CSO, or not staff. */
    public record NotAdmitted(boolean waitingForCso) implements Outcome {
    }

    @Inject
    UserAccountRepository accounts;

    @Inject
    CredentialRepository credentials;

    @Inject
    MemberCountryRepository members;

    @Inject
    SignInThrottles throttles;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    Clock clock;

    public Outcome password(String username, String password, String address, Channel channel) {
        Instant now = clock.instant();
        String accountKey = SignInThrottle.forAccount(username);
        String addressKey = SignInThrottle.forAddress(address);
        List<SignInThrottle> existing = throttles.of(accountKey, addressKey);
        Optional<Throttled> throttled = throttled(existing, now);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<UserAccount> found = accounts.find(username);
        if (found.isEmpty()) {
            passwords.spendTime(password);
            return fail(username, now, channel, address, accountKey, addressKey);
        }
        UserAccount account = found.get();
        Passwords.Check check = passwords.check(password, account.getPasswordHash());
        if (check == Passwords.Check.MISMATCH || !account.canSignIn()) {
            return fail(account.getUsername(), now, channel, address, accountKey, addressKey);
        }
        if (check == Passwords.Check.MATCH_OUTDATED) {
            accounts.rehash(account, account.getPasswordHash(), passwords.hash(password));
        }
        return succeed(account, existing, now, channel, address, null);
    }

    public Outcome token(String secret, String address) {
        Instant now = clock.instant();
        String addressKey = SignInThrottle.forAddress(address);
        List<SignInThrottle> existing = throttles.of(addressKey);
        Optional<Throttled> throttled = throttled(existing, now);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<ApiToken> token = credentials.apiToken(secret);
        if (token.isEmpty() || !token.get().admits(now) || !token.get().getAccount().canSignIn()) {
            return fail(token.map(t -> t.getAccount().getUsername()).orElse("unknown token"), now,
                    Channel.TOKEN, address, addressKey);
        }
        Instant recordedBefore = ApiToken.useRecordedBefore(now);
        if (token.get().lastUsedBefore(recordedBefore)) {
            credentials.recordUse(token.get(), now, recordedBefore);
        }
        return succeed(token.get().getAccount(), existing, now, Channel.TOKEN, address,
                token.get().getExpiresAt().toInstant());
    }

    /**
     * A user the identity provider vouched for. A known subject signs in as its account, with the
     * account's role. An unknown one gets a disabled account with the role and country the
     * provider named, which the CSO reviews and enables; until then, and while disabled, it waits.
     */
    public Outcome identityProvider(ProviderIdentity identity, String address) {
        Instant now = clock.instant();
        Optional<UserAccount> known = accounts.bySubject(identity.subject());
        if (known.isPresent()) {
            if (!known.get().isEnabled()) {
                return new NotAdmitted(true);
            }
            return succeed(known.get(), List.of(), now, Channel.SSO, address, null);
        }
        Role role = roleNamed(identity.role());
        CountryCode country = countryNamed(identity.country());
        if (role == null || role == Role.MANUFACTURER || identity.username() == null
                || accounts.find(identity.username()).isPresent()
                || role == Role.MEMBER_REP && (country == null || members.find(country).isEmpty())) {
            audit.record(Actor.ANONYMOUS, AGGREGATE, truncate(String.valueOf(identity.username())), "SSO_REFUSED",
                    "subject " + identity.subject() + ", role " + identity.role() + " from " + address);
            return new NotAdmitted(false);
        }
        UserAccount account = UserAccount.fromIdentityProvider(identity.subject(), identity.username(),
                identity.displayName() == null ? identity.username() : identity.displayName(), role,
                role == Role.MEMBER_REP ? country : null, now);
        accounts.add(account);
        audit.record(account.asActor(), AGGREGATE, account.getUsername(), "PROVISIONED",
                AccountService.describe(account) + " (from the identity provider; waits for the CSO)");
        return new NotAdmitted(true);
    }

    private static CountryCode countryNamed(String code) {
        try {
            return code == null ? null : CountryCode.of(code);
        } catch (InvalidInputException notACountry) {
            return null;
        }
    }

    private static Role roleNamed(String name) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(String.valueOf(name).trim())) {
                return role;
            }
        }
        return null;
    }

    /** The actor of a page session, if its account may still sign in (disabling ends sessions at once). */
    public Optional<Actor> session(String username) {
        return accounts.find(username).filter(UserAccount::canSignIn).map(UserAccount::asActor);
    }

    private Optional<Throttled> throttled(List<SignInThrottle> existing, Instant now) {
        return existing.stream().filter(t -> t.blocked(now)).map(t -> t.retryAfterSeconds(now))
                .max(Long::compare).map(Throttled::new);
    }

    private Outcome fail(String username, Instant now, Channel channel, String address, String... keys) {
        for (String key : keys) {
            throttles.lock(key, now).failed(now);
        }
        credentialsChanged.fire(new CredentialsChanged());
        audit.record(Actor.ANONYMOUS, AGGREGATE, truncate(username), "SIGN_IN_FAILED",
                channel + " from " + address);
        return new Refused();
    }

    private Outcome succeed(UserAccount account, List<SignInThrottle> existing, Instant now, Channel channel,
            String address, Instant expiresAt) {
        throttles.clear(existing);
        Instant recordedBefore = UserAccount.signInRecordedBefore(now);
        boolean firstForAWhile = account.lastSignedInBefore(recordedBefore)
                && accounts.recordSignIn(account, now, recordedBefore);
        if (firstForAWhile || channel == Channel.FORM) {
            audit.record(account.asActor(), AGGREGATE, account.getUsername(), "SIGNED_IN",
                    channel + " from " + address);
        }
        return new SignedIn(account.asActor(), expiresAt);
    }

    private static String truncate(String username) {
        return username.length() > 60 ? username.substring(0, 60) : username;
    }
}
