package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerRepository;
import org.dronecoalition.domain.manufacturer.ManufacturerStatus;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Clarification;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderRepository;

/** Manufacturers ask about a published tender; the CSO answers for everyone to read. */
@Stateless
public class ClarificationService {

    static final String AGGREGATE = "Clarification";

    @Inject
    TenderRepository tenders;

    @Inject
    ManufacturerRepository manufacturers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Clarification ask(Actor actor, String reference, String question) {
        actor.require(Role.MANUFACTURER);
        Manufacturer m = manufacturers.get(actor.manufacturerId());
        if (m.getStatus() == ManufacturerStatus.REJECTED || m.getStatus() == ManufacturerStatus.SUSPENDED) {
            throw new ConflictException("manufacturer", m.getLegalName() + " is " + m.getStatus()
                    + " and cannot ask questions");
        }
        Clarification c = new Clarification(publicTender(reference), m.getId(), question, clock.instant());
        tenders.add(c);
        audit.record(actor, AGGREGATE, c.getId(), "ASKED", reference);
        return c;
    }

    public Clarification answer(Actor actor, String reference, long id, long version, String answer) {
        actor.require(Role.CSO_ADMIN);
        Clarification c = tenders.clarification(tenders.get(reference).getId(), id);
        if (c.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, id, version, c.getVersion());
        }
        c.answer(answer, clock.instant());
        tenders.flush();
        audit.record(actor, AGGREGATE, id, "ANSWERED", reference);
        return c;
    }

    /** Answered questions for everyone; the CSO also sees open ones, a manufacturer its own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Clarification> list(Actor actor, String reference, PageRequest page) {
        Tender t = publicTender(reference);
        Long asker = actor.has(Role.MANUFACTURER) ? actor.manufacturerId() : null;
        return tenders.clarifications(t.getId(), actor.has(Role.CSO_ADMIN), asker, page);
    }

    private Tender publicTender(String reference) {
        Tender t = tenders.get(reference);
        if (!t.isPublic()) {
            throw new UnknownEntityException("Tender", reference);
        }
        return t;
    }
}
