package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.CredentialsChanged;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;

/** The CSO manages staff accounts: create, change scope, disable and enable, reset a password. */
@Stateless
public class AccountService {

    static final String AGGREGATE = SignInService.AGGREGATE;

    /** A new staff account. */
    public record NewStaff(String username, String displayName, Role role, CountryCode country) {
    }

    /** The editable part of an account. */
    public record Change(String displayName, Role role, CountryCode country, boolean enabled) {
    }

    @Inject
    UserAccountRepository accounts;

    @Inject
    MemberCountryRepository members;

    @Inject
    SetPasswordLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<UserAccount> list(Actor actor, UserAccountRepository.Filter filter, PageRequest page) {
        actor.require(Role.CSO_ADMIN);
        return accounts.list(filter, page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserAccount get(Actor actor, String username) {
        actor.require(Role.CSO_ADMIN);
        return accounts.get(username);
    }

    /** The signed-in user's own account. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserAccount mine(Actor actor) {
        actor.require(Role.values());
        return accounts.get(actor.username());
    }

    /** Enabled representatives per member country; a country missing from the map has none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Long> activeRepresentatives(Actor actor, List<CountryCode> countries) {
        actor.require(Role.CSO_ADMIN);
        return accounts.activeRepresentatives(countries.stream().map(CountryCode::value).toList());
    }

    public SetPasswordLinks.Issued create(Actor actor, NewStaff staff) {
        actor.require(Role.CSO_ADMIN);
        accounts.requireFree(staff.username());
        requireMember(staff.country());
        UserAccount account = UserAccount.staff(staff.username(), staff.displayName(), staff.role(),
                staff.country(), clock.instant());
        accounts.add(account);
        audit.record(actor, AGGREGATE, account.getUsername(), "CREATED", describe(account));
        return links.issue(account);
    }

    public UserAccount change(Actor actor, String username, long expectedVersion, Change change) {
        actor.require(Role.CSO_ADMIN);
        UserAccount account = accounts.get(username);
        account.requireVersion(expectedVersion);
        boolean self = account.getUsername().equals(actor.username());
        if (self && (!change.enabled() || change.role() != Role.CSO_ADMIN)) {
            throw new ConflictException("enabled", "You cannot disable your own account or give up its role; "
                    + "another CSO administrator can");
        }
        if (change.role() != account.getRole() || !Objects.equals(account.getCountry(), change.country())) {
            requireMember(change.country());
            account.changeScope(change.role(), change.country());
        }
        account.rename(change.displayName());
        String action = account.isEnabled() == change.enabled() ? "CHANGED"
                : change.enabled() ? "ENABLED" : "DISABLED";
        if (change.enabled()) {
            account.enable();
        } else {
            account.disable();
        }
        accounts.flush();
        credentialsChanged.fire(new CredentialsChanged());
        audit.record(actor, AGGREGATE, account.getUsername(), action, describe(account));
        return account;
    }

    public SetPasswordLinks.Issued resetPassword(Actor actor, String username) {
        actor.require(Role.CSO_ADMIN);
        UserAccount account = accounts.lock(username);
        audit.record(actor, AGGREGATE, account.getUsername(), "PASSWORD_RESET", "set-password link issued");
        return links.issue(account);
    }

    private void requireMember(CountryCode country) {
        if (country != null && members.find(country).filter(m -> m.getStatus() == MembershipStatus.MEMBER)
                .isEmpty()) {
            throw new InvalidInputException("country", country + " is not a member country");
        }
    }

    static String describe(UserAccount a) {
        return "role=" + a.getRole() + (a.getCountry() == null ? "" : ", country=" + a.getCountry())
                + (a.getManufacturerId() == null ? "" : ", manufacturer=" + a.getManufacturerId())
                + ", enabled=" + a.isEnabled() + ", displayName=" + a.getDisplayName();
    }
}
