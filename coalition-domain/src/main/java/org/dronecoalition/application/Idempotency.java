package org.dronecoalition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.proposal.Sha256;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * Makes a POST safe to retry: with the same key, the same user gets the first result again. A key
 * sent again with a different request is refused, so that a client's bug never passes silently
 * for a retry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Idempotency {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    @Inject
    Clock clock;

    /**
     * Runs the action once per (user, key): a retry of the same request returns the id the first
     * run produced; without a key the action simply runs. {@code request} lists what was asked.
     */
    public long once(Actor actor, String key, String operation, List<?> request, LongSupplier action) {
        if (key == null) {
            return action.getAsLong();
        }
        if (key.isBlank() || key.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "Idempotency-Key must have 1 to 100 characters");
        }
        String id = actor.username() + ":" + key;
        Optional<IdempotentRequest> earlier = Optional.ofNullable(em.find(IdempotentRequest.class, id));
        String asked = Sha256.of(request.toString());
        if (earlier.isPresent()) {
            if (!earlier.get().asksFor(operation, asked)) {
                throw new ConflictException("Idempotency-Key", "This Idempotency-Key was used for a different "
                        + "request; send a new key with a new request");
            }
            return earlier.get().getResultId();
        }
        long result = action.getAsLong();
        em.persist(new IdempotentRequest(id, operation, asked,
                result, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)));
        em.flush();
        return result;
    }
}
