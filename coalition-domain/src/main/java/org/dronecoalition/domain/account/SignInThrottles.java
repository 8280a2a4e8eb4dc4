package org.dronecoalition.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class SignInThrottles {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    /** The throttles that exist for these keys, in one query (usually none). */
    public List<SignInThrottle> of(String... keys) {
        return em.createQuery("select t from SignInThrottle t where t.key in :keys", SignInThrottle.class)
                .setParameter("keys", List.of(keys)).getResultList();
    }

    /** The throttle for a key, locked; created when it does not exist yet. */
    public SignInThrottle lock(String key, Instant now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(key, now);
            em.persist(throttle);
        }
        return throttle;
    }

    /** Removes the throttles whose window is over and that block nothing any more. */
    public int purgeExpired(Instant now) {
        OffsetDateTime windowStart = now.minus(SignInThrottle.WINDOW).atOffset(ZoneOffset.UTC);
        return em.createQuery("delete from SignInThrottle t where t.firstFailure < :windowStart"
                + " and (t.blockedUntil is null or t.blockedUntil < :now)")
                .setParameter("windowStart", windowStart).setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public void clear(List<SignInThrottle> throttles) {
        throttles.forEach(t -> em.remove(em.contains(t) ? t : em.merge(t)));
    }
}
