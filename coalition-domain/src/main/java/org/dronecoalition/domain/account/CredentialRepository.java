package org.dronecoalition.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** Set-password and API tokens, found by the hash of their secret. */
@ApplicationScoped
public class CredentialRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    /** Stores a new set-password token and voids the account's earlier ones. */
    public void issue(PasswordToken token, UserAccount account, Instant now) {
        em.createQuery("select t from PasswordToken t where t.account = :account and t.usedAt is null",
                PasswordToken.class).setParameter("account", account).getResultList()
                .forEach(earlier -> earlier.supersede(now));
        em.persist(token);
    }

    public Optional<PasswordToken> passwordToken(Secret secret) {
        return em.createQuery("select t from PasswordToken t where t.tokenHash = :hash", PasswordToken.class)
                .setParameter("hash", secret.hash()).getResultStream().findFirst();
    }

    public void add(ApiToken token) {
        em.persist(token);
        em.flush();
    }

    /** With its account, in one query: this runs on every request a client system makes. */
    public Optional<ApiToken> apiToken(String secret) {
        return em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :hash",
                ApiToken.class).setParameter("hash", Secret.hash(secret)).getResultStream().findFirst();
    }

    /** Notes a use of the token unless one was noted since {@code before}. */
    public void recordUse(ApiToken token, Instant now, Instant before) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                + " and (t.lastUsedAt is null or t.lastUsedAt < :before)")
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("id", token.getId())
                .setParameter("before", before.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    public ApiToken apiToken(UserAccount account, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getAccount().getId().equals(account.getId())) {
            throw new UnknownEntityException("API token", id);
        }
        return token;
    }

    /** Newest first. */
    public Page<ApiToken> apiTokens(UserAccount account, PageRequest request) {
        var items = em.createQuery("select t from ApiToken t where t.account = :account"
                + " order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("account", account)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(t) from ApiToken t where t.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
