package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Consumer;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.PasswordPolicy;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerRepository;
import org.dronecoalition.domain.manufacturer.ManufacturerStatus;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** Manufacturers register themselves; the CSO verifies, rejects, suspends and reinstates them. */
@Stateless
public class ManufacturerService {

    static final String AGGREGATE = "Manufacturer";

    /** What a company tells about itself when it registers, with its first user. */
    public record Registration(String legalName, CountryCode country, String registrationNumber, String contactName,
            String contactEmail, Set<DroneCategory> categories, int monthlyCapacity, String username,
            String password) {
    }

    /** What a company says about itself after registering. */
    public record Profile(String legalName, String registrationNumber, String contactName, String contactEmail,
            Set<DroneCategory> categories, int monthlyCapacity) {
    }

    @Inject
    ManufacturerRepository manufacturers;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Public: no sign-in needed. The company starts PENDING_VERIFICATION. */
    public Manufacturer register(Registration r) {
        PasswordPolicy.check("password", r.username(), r.password());
        if (manufacturers.registered(r.country(), r.registrationNumber())) {
            throw new ConflictException("registrationNumber", "A manufacturer with registration number "
                    + Manufacturer.normalised(r.registrationNumber()) + " in " + r.country() + " is already registered");
        }
        accounts.requireFree(r.username());
        Manufacturer m = new Manufacturer(r.legalName(), r.country(), r.registrationNumber(), r.contactName(),
                r.contactEmail(), r.categories(), r.monthlyCapacity(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        manufacturers.add(m);
        UserAccount first = UserAccount.companyUser(r.username(), r.contactName(), m.getId(), true, clock.instant());
        first.setPasswordHash(passwords.hash(r.password()));
        accounts.add(first);
        audit.record(new Actor(r.username(), Role.MANUFACTURER, null, m.getId()), AGGREGATE, m.getId(), "REGISTERED",
                m.getLegalName() + " (" + m.getCountry() + " " + m.getRegistrationNumber() + ")");
        return m;
    }

    /** The CSO and member representatives see every manufacturer. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Manufacturer> list(Actor actor, ManufacturerStatus status, PageRequest page) {
        actor.require(Role.CSO_ADMIN, Role.MEMBER_REP);
        return manufacturers.list(status, page);
    }

    /** A manufacturer's users see their own company only; to anyone else another company does not exist. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Manufacturer get(Actor actor, long id) {
        if (!actor.has(Role.CSO_ADMIN) && !actor.has(Role.MEMBER_REP) && !actor.worksFor(id)) {
            actor.require(Role.CSO_ADMIN, Role.MEMBER_REP, Role.MANUFACTURER);
            throw new UnknownEntityException("Manufacturer", id);
        }
        return manufacturers.get(id);
    }

    /** The company's own users keep its profile; a new legal identity goes back to the CSO's queue. */
    public Manufacturer describe(Actor actor, long id, long version, Profile p) {
        actor.require(Role.MANUFACTURER);
        if (!actor.worksFor(id)) {
            throw new UnknownEntityException("Manufacturer", id);
        }
        Manufacturer m = manufacturers.get(id);
        if (m.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, id, version, m.getVersion());
        }
        if (!Manufacturer.normalised(p.registrationNumber()).equals(m.getRegistrationNumber())
                && manufacturers.registered(m.getCountry(), p.registrationNumber())) {
            throw new ConflictException("registrationNumber", "A manufacturer with registration number "
                    + Manufacturer.normalised(p.registrationNumber()) + " in " + m.getCountry()
                    + " is already registered");
        }
        boolean identityChanged = m.describe(p.legalName(), p.registrationNumber(), p.contactName(),
                p.contactEmail(), p.categories(), p.monthlyCapacity());
        manufacturers.flush();
        audit.record(actor, AGGREGATE, id, identityChanged ? "IDENTITY_CHANGED" : "PROFILE_CHANGED",
                m.getLegalName() + " (" + m.getCountry() + " " + m.getRegistrationNumber() + ")"
                        + (identityChanged ? ", awaiting verification" : ""));
        return m;
    }

    public Manufacturer verify(Actor actor, long id, long version) {
        return decide(actor, id, version, "VERIFIED", Manufacturer::verify);
    }

    public Manufacturer reject(Actor actor, long id, long version, String reason) {
        return decide(actor, id, version, "REJECTED", m -> m.reject(reason));
    }

    public Manufacturer suspend(Actor actor, long id, long version, String reason) {
        return decide(actor, id, version, "SUSPENDED", m -> m.suspend(reason));
    }

    public Manufacturer reinstate(Actor actor, long id, long version) {
        return decide(actor, id, version, "REINSTATED", Manufacturer::reinstate);
    }

    private Manufacturer decide(Actor actor, long id, long version, String action, Consumer<Manufacturer> step) {
        actor.require(Role.CSO_ADMIN);
        Manufacturer m = manufacturers.get(id);
        if (m.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, id, version, m.getVersion());
        }
        step.accept(m);
        manufacturers.flush();
        audit.record(actor, AGGREGATE, id, action, m.getStatusReason());
        return m;
    }
}
