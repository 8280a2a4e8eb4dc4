package org.dronecoalition.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    public boolean taken(String username) {
        return find(username).isPresent();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }
}
