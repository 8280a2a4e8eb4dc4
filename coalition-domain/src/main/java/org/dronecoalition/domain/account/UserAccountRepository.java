package org.dronecoalition.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

@ApplicationScoped
public class UserAccountRepository {

    /** Which accounts a list shows; null fields do not narrow it. */
    public record Filter(Role role, CountryCode country, Boolean enabled, Long manufacturerId) {
    }

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    /** By user name in any case. */
    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.usernameKey = :key", UserAccount.class)
                .setParameter("key", UserAccount.key(username))
                .getResultStream()
                .findFirst();
    }

    /** The account bound to a subject of the identity provider. */
    public Optional<UserAccount> bySubject(String subject) {
        return em.createQuery("select u from UserAccount u where u.oidcSubject = :subject", UserAccount.class)
                .setParameter("subject", subject).getResultStream().findFirst();
    }

    public UserAccount get(String username) {
        return find(username).orElseThrow(() -> new UnknownEntityException("Account", username));
    }

    /** Locked for the rest of the transaction, so that two changes of one account follow each other. */
    public UserAccount lock(String username) {
        UserAccount account = get(username);
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(account);
        return account;
    }

    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /**
     * Notes a sign-in unless one was noted since {@code before}; true when this one was. An update
     * statement, so that concurrent requests of one account neither race nor change its version.
     */
    public boolean recordSignIn(UserAccount account, Instant now, Instant before) {
        return em.createQuery("update UserAccount u set u.lastSignInAt = :now where u.id = :id"
                + " and (u.lastSignInAt is null or u.lastSignInAt < :before)")
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("id", account.getId())
                .setParameter("before", before.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    /** Replaces an outdated password hash, unless a concurrent sign-in already did. */
    public void rehash(UserAccount account, String outdated, String replacement) {
        em.createQuery("update UserAccount u set u.passwordHash = :replacement where u.id = :id"
                + " and u.passwordHash = :outdated")
                .setParameter("replacement", replacement).setParameter("id", account.getId())
                .setParameter("outdated", outdated).executeUpdate();
    }

    /** Refuses a user name that is taken, whatever its case. */
    public void requireFree(String username) {
        if (find(username).isPresent()) {
            throw new ConflictException("username", "The user name " + username + " is taken");
        }
    }

    /** Whether anyone can administer the platform: an enabled CSO account that has a password. */
    public boolean hasActiveAdministrator() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role and u.enabled = true"
                + " and u.passwordHash is not null", Long.class)
                .setParameter("role", Role.CSO_ADMIN).getSingleResult() > 0;
    }

    /** Ordered by user name. */
    public Page<UserAccount> list(Filter filter, PageRequest request) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        narrow(where, parameters, "role", filter.role());
        narrow(where, parameters, "memberCode", filter.country() == null ? null : filter.country().value());
        narrow(where, parameters, "enabled", filter.enabled());
        narrow(where, parameters, "manufacturerId", filter.manufacturerId());
        var query = em.createQuery("select u from UserAccount u" + where + " order by u.usernameKey",
                UserAccount.class);
        var count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }

    private static void narrow(StringBuilder where, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            where.append(" and u.").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    /** Enabled representatives per member country, for the countries given, in one query. */
    public Map<String, Long> activeRepresentatives(List<String> countryCodes) {
        if (countryCodes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u.memberCode, count(u) from UserAccount u where u.role = :role"
                + " and u.enabled = true and u.memberCode in :codes group by u.memberCode", Object[].class)
                .setParameter("role", Role.MEMBER_REP)
                .setParameter("codes", countryCodes)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
