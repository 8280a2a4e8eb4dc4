package org.dronecoalition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dronecoalition.application.SignInService.Outcome;
import org.dronecoalition.application.SignInService.Refused;
import org.dronecoalition.application.SignInService.SignedIn;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.Secret;
import org.dronecoalition.infrastructure.CredentialMark;

/**
 * Sign-ins with an API token (per client address) and page sessions as last verified, and the
 * membership of the countries representatives act for, given again while the {@link CredentialMark}
 * stands: a client system calling many times a second is not looked up (token, account, the
 * address's throttle, its country) on every call, yet a revoked token, a disabled account, a refused
 * sign-in from the address or a country's withdrawal counts from the next request, on every node.
 * Each is kept {@value #LONGEST_SECONDS} seconds at most, never past its token's expiry, and only
 * tokens' digests are kept, never their secrets. Bounded: when full it starts again empty.
 */
@ApplicationScoped
public class KeptSignIns {

    static final int MAX_SIGN_INS = 4096;
    static final long LONGEST_SECONDS = 10;

    /** A sign-in verified under the mark at {@code from}, good until {@code until}. */
    private record Kept(SignedIn signedIn, long mark, Instant from, Instant until) {

        boolean current(long currentMark, Instant now) {
            return mark == currentMark && !now.isBefore(from) && now.isBefore(until);
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    SignInService signIn;

    @Inject
    MembershipService membership;

    @Inject
    CredentialMark marks;

    @Inject
    Clock clock;

    /** The credential mark and the time, read once for a request: its sign-in and its country are checked under them. */
    public Standing standing() {
        return new Standing(marks.current(), clock.instant());
    }

    /** The kept sign-ins as they stand for one request. */
    public final class Standing {

        private final long mark;
        private final Instant now;

        private Standing(long mark, Instant now) {
            this.mark = mark;
            this.now = now;
        }

        public Outcome token(String secret, String address) {
            return kept("token " + Secret.hash(secret) + " " + address, () -> signIn.token(secret, address));
        }

        /** The actor of a page session, if its account may still sign in. */
        public Optional<Actor> session(String username) {
            Outcome outcome = kept("session " + username, () -> signIn.session(username)
                    .<Outcome>map(actor -> new SignedIn(actor, null)).orElseGet(Refused::new));
            return outcome instanceof SignedIn in ? Optional.of(in.actor()) : Optional.empty();
        }

        /** The actor, if a representative, while their country is a member ({@link MembershipService#representing}). */
        public Actor representing(Actor actor) {
            if (actor.has(Role.MEMBER_REP)) {
                // Refused when no longer a member; only a membership that stands is kept.
                kept("member " + actor.country(), () -> new SignedIn(membership.representing(actor), null));
            }
            return actor;
        }

        private Outcome kept(String key, Supplier<Outcome> verify) {
            Kept last = kept.get(key);
            if (last != null && last.current(mark, now)) {
                return last.signedIn();
            }
            Outcome outcome = verify.get();
            if (outcome instanceof SignedIn in) {
                if (kept.size() >= MAX_SIGN_INS) {
                    kept.clear();
                }
                Instant until = now.plus(Duration.ofSeconds(LONGEST_SECONDS));
                kept.put(key, new Kept(in, mark, now,
                        in.expiresAt() != null && in.expiresAt().isBefore(until) ? in.expiresAt() : until));
            }
            return outcome;
        }
    }
}
