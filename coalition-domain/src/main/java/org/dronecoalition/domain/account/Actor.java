package org.dronecoalition.domain.account;

import java.util.Optional;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.CountryCode;

/**
 * Who is acting: the signed-in user with their role and, for a member representative, the
 * country they act for, for a manufacturer's user, the company. Application services receive it explicitly so that the rules about who
 * may do what stay in the domain, whichever door (REST or Faces) the request came through.
 */
public record Actor(String username, Role role, CountryCode country, Long manufacturerId) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null);
    public static final Actor SYSTEM = new Actor("system", Role.CSO_ADMIN, null, null);

    public Actor(String username, Role role, CountryCode country) {
        this(username, role, country, null);
    }

    public boolean isAuthenticated() {
        return role != null;
    }

    public boolean has(Role wanted) {
        return role == wanted;
    }

    /** Refuses unless the actor holds one of the roles. */
    public void require(Role... allowed) {
        if (!isAuthenticated()) {
            throw new AccessDeniedException(false, "Sign in to do this");
        }
        for (Role r : allowed) {
            if (role == r) {
                return;
            }
        }
        throw new AccessDeniedException(true, "Your role " + role + " may not do this");
    }

    /** The CSO acts for any member country, a representative for their own. */
    public boolean mayActFor(CountryCode target) {
        return role == Role.CSO_ADMIN || role == Role.MEMBER_REP && target.equals(country);
    }

    /** Refuses unless the actor may act for the country. */
    public void requireActsFor(CountryCode target) {
        require(Role.CSO_ADMIN, Role.MEMBER_REP);
        if (!mayActFor(target)) {
            throw new AccessDeniedException(true, "A representative of " + country + " cannot act for " + target);
        }
    }

    /** Whether the actor is a user of this manufacturer. */
    public boolean worksFor(long manufacturer) {
        return role == Role.MANUFACTURER && manufacturerId != null && manufacturerId == manufacturer;
    }

    public Optional<CountryCode> countryRepresented() {
        return Optional.ofNullable(country);
    }
}
