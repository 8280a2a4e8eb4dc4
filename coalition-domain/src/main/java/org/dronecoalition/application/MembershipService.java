package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.CredentialsChanged;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;

/**
 * Admitting, amending and withdrawing member countries: one business action, one transaction.
 * A stateless bean, so that the persistence unit of this module is in scope whichever module calls.
 */
@Stateless
public class MembershipService {

    static final String AGGREGATE = "MemberCountry";

    /** What a new member brings; the name defaults to the English country name. */
    public record Admission(CountryCode code, String name, LocalDate joinedOn, Set<MemberRole> roles,
            LocalDate mouSignedOn) {
    }

    /** The editable part of a membership record. */
    public record Amendment(LocalDate joinedOn, Set<MemberRole> roles, MembershipStatus status,
            LocalDate mouSignedOn) {
    }

    /** How far the coalition has come: members now, members planned, and when each joined. */
    public record Growth(long members, int planned, List<LocalDate> joinDates) {
    }

    @Inject
    MemberCountryRepository members;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<MemberCountry> list(MembershipStatus status, MemberCountryRepository.Sort sort, PageRequest page) {
        return members.list(status, sort, page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MemberCountry get(CountryCode code) {
        return members.get(code);
    }

    /**
     * Refuses a member representative whose country is no longer a member: they act for it, and
     * read what is the coalition's alone, only while it is one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Actor representing(Actor actor) {
        if (actor.has(Role.MEMBER_REP)
                && !members.find(actor.country()).map(MemberCountry::isActive).orElse(false)) {
            throw new AccessDeniedException(true, actor.country() + " is no longer a member of the coalition; "
                    + "its representatives no longer act for it");
        }
        return actor;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Growth growth() {
        List<LocalDate> joins = members.joinDates();
        return new Growth(joins.size(), MemberCountry.PLANNED_MEMBERS, joins);
    }

    public MemberCountry admit(Actor actor, Admission admission) {
        actor.require(Role.CSO_ADMIN);
        if (members.find(admission.code()).isPresent()) {
            throw new ConflictException("code", admission.code() + " is already a member country");
        }
        MemberCountry member = new MemberCountry(admission.code(), admission.name(), admission.joinedOn(),
                admission.roles(), admission.mouSignedOn(), today());
        members.add(member);
        audit.record(actor, AGGREGATE, member.getCode(), "ADMITTED", describe(member));
        return member;
    }

    public MemberCountry amend(Actor actor, CountryCode code, long expectedVersion, Amendment amendment) {
        actor.require(Role.CSO_ADMIN);
        MemberCountry member = current(code, expectedVersion);
        if (member.amend(amendment.joinedOn(), amendment.roles(), amendment.status(), amendment.mouSignedOn(),
                today())) {
            members.flush();
            credentialsChanged.fire(new CredentialsChanged());
            audit.record(actor, AGGREGATE, code, "AMENDED", describe(member));
        }
        return member;
    }

    public MemberCountry withdraw(Actor actor, CountryCode code, long expectedVersion) {
        actor.require(Role.CSO_ADMIN);
        MemberCountry member = current(code, expectedVersion);
        member.withdraw();
        members.flush();
        credentialsChanged.fire(new CredentialsChanged());
        audit.record(actor, AGGREGATE, code, "WITHDRAWN", describe(member));
        return member;
    }

    private MemberCountry current(CountryCode code, long expectedVersion) {
        MemberCountry member = members.get(code);
        if (member.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion("Member country", code, expectedVersion, member.getVersion());
        }
        return member;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(MemberCountry m) {
        return "name=" + m.getName() + ", joinedOn=" + m.getJoinedOn() + ", roles=" + m.getRoles() + ", status="
                + m.getStatus() + ", mouSignedOn=" + m.getMouSignedOn();
    }
}
