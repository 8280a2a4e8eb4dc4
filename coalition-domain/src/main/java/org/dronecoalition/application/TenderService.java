package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.award.AwardRepository;
import org.dronecoalition.domain.award.DecisionStatus;
import org.dronecoalition.domain.fund.FundRepository;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalSubmission;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderRepository;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.domain.tender.TenderTerms;

/** The CSO drafts, publishes and cancels tenders; the server closes them at the deadline. */
@Stateless
public class TenderService {

    static final String AGGREGATE = "Tender";
    private static final Logger LOG = Logger.getLogger(TenderService.class.getName());

    /**
     * A tender as a reader sees it at this instant: the proposals submitted (counted for the CSO
     * only) and, once opened, the receipt hashes of the proposals that count (not in lists).
     */
    public record Notice(Tender tender, String fundName, TenderStatus status, Long daysToDeadline,
            Long proposalsSubmitted, boolean opened, List<String> openingReceipts) {
    }

    @Inject
    TenderRepository tenders;

    @Inject
    FundRepository funds;

    @Inject
    ProposalRepository proposals;

    @Inject
    AuditTrail audit;

    @Inject
    AwardRepository awards;

    @Inject
    Clock clock;

    public Notice draft(Actor actor, String reference, TenderTerms terms) {
        actor.require(Role.CSO_ADMIN);
        requireFund(terms.fundId());
        if (reference != null && tenders.exists(reference.strip())) {
            throw new ConflictException("reference", "A tender with reference " + reference.strip() + " exists");
        }
        Tender t = new Tender(reference, terms, clock.instant());
        tenders.add(t);
        audit.record(actor, AGGREGATE, t.getReference(), "DRAFTED", t.getTitle());
        return notice(actor, t);
    }

    public Notice edit(Actor actor, String reference, long version, TenderTerms terms) {
        requireFund(terms.fundId());
        return change(actor, reference, version, "EDITED", t -> t.edit(terms));
    }

    public Notice publish(Actor actor, String reference, long version) {
        return change(actor, reference, version, "PUBLISHED", t -> t.publish(clock.instant()));
    }

    /**
     * The CSO ends a tender without an award after the coalition's vote failed: the reason is
     * public. While a decision is open, or before any vote, the evaluation goes on instead.
     */
    public Notice declareUnsuccessful(Actor actor, String reference, long version, String reason) {
        actor.require(Role.CSO_ADMIN);
        Tender t = tenders.lock(tenders.get(reference).getId());
        boolean voteFailed = awards.latest(t.getId()).map(d -> d.getStatus() == DecisionStatus.FAILED).orElse(false);
        if (!voteFailed) {
            throw new ConflictException("status", "Tender " + reference + " has no failed award vote; it is declared "
                    + "unsuccessful only after one");
        }
        return change(actor, reference, version, "UNSUCCESSFUL", tender -> tender.fail(reason));
    }

    public Notice cancel(Actor actor, String reference, long version, String reason) {
        return change(actor, reference, version, "CANCELLED", t -> t.cancel(reason));
    }

    private Notice change(Actor actor, String reference, long version, String action, Consumer<Tender> step) {
        actor.require(Role.CSO_ADMIN);
        Tender t = tenders.get(reference);
        if (t.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, reference, version, t.getVersion());
        }
        step.accept(t);
        tenders.flush();
        audit.record(actor, AGGREGATE, reference, action, t.getStatusReason());
        return notice(actor, t);
    }

    private void requireFund(long fundId) {
        try {
            funds.get(fundId);
        } catch (UnknownEntityException e) {
            throw new InvalidInputException("fundId", "there is no fund " + fundId);
        }
    }

    /** Public: drafts exist only for the CSO. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Notice get(Actor actor, String reference) {
        Tender t = tenders.get(reference);
        if (!t.isPublic() && !actor.has(Role.CSO_ADMIN)) {
            throw new UnknownEntityException("Tender", reference);
        }
        return notice(actor, t);
    }

    /** Public list, nearest deadline last; the CSO also sees drafts. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Notice> list(Actor actor, TenderStatus status, PageRequest page) {
        boolean cso = actor.has(Role.CSO_ADMIN);
        if (status == TenderStatus.DRAFT && !cso) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Instant now = clock.instant();
        Page<Tender> found = tenders.list(status, cso, page);
        Map<Long, String> fundNames = funds.names(found.items().stream().map(Tender::getFundId).toList());
        return found.map(t -> new Notice(t, fundNames.get(t.getFundId()), t.statusAt(now), t.daysToDeadline(now),
                null, t.isOpened(now), null));
    }

    private Notice notice(Actor actor, Tender t) {
        Instant now = clock.instant();
        boolean opened = t.isOpened(now);
        return new Notice(t, funds.get(t.getFundId()).getName(), t.statusAt(now), t.daysToDeadline(now),
                actor.has(Role.CSO_ADMIN) ? proposals.countSubmitted(t.getId()) : null, opened,
                opened ? proposals.openingReceipts(t.getId()) : List.of());
    }

    /** Published tenders past their deadline; the timer closes each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due() {
        return tenders.due(clock.instant());
    }

    /**
     * Records the closing now if the deadline has passed and the timer has not come round yet: an
     * action after the deadline then acts on a closed tender with opened proposals, as it shows.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void closeIfDue(String reference) {
        closeIfDue(tenders.get(reference).getId());
    }

    /** {@link #closeIfDue(String)} for a tender known by its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void closeIfDue(long tenderId) {
        if (tenders.get(tenderId).isDue(clock.instant())) {
            close(tenderId);
        }
    }

    /**
     * Closes a tender whose deadline has passed and opens its proposals: every submission that
     * counts is hashed again from what is stored, and a mismatch is reported loudly.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void close(long tenderId) {
        Tender t = tenders.lock(tenderId);
        if (!t.closeIfDue(clock.instant())) {
            return;
        }
        PageRequest all = new PageRequest(0, PageRequest.MAX_SIZE);
        int opened = 0;
        for (Page<ProposalRepository.Listed> page = proposals.submitted(tenderId, all); !page.items().isEmpty();
                page = proposals.submitted(tenderId, all = new PageRequest(all.page() + 1, all.size()))) {
            for (ProposalRepository.Listed listed : page.items()) {
                verify(t, listed.proposal(), listed.counted());
                listed.proposal().open();
                opened++;
            }
        }
        audit.record(Actor.SYSTEM, AGGREGATE, t.getReference(), "OPENED", opened + " proposals opened; receipts "
                + proposals.openingReceipts(tenderId));
        if (opened == 0) {
            t.fail("No proposal was submitted before the deadline");
            audit.record(Actor.SYSTEM, AGGREGATE, t.getReference(), "UNSUCCESSFUL", t.getStatusReason());
        }
    }

    private void verify(Tender t, Proposal p, ProposalSubmission s) {
        var documents = proposals.documents(s.getDocumentIds());
        var hashes = documents.stream().map(d -> proposals.contentSha256(d.getId())).toList();
        if (!s.verify(t.getReference(), p.getManufacturerId(), documents, hashes)) {
            LOG.severe(() -> "Proposal " + p.getId() + " on " + t.getReference() + " no longer matches receipt "
                    + s.getSha256());
            audit.record(Actor.SYSTEM, "Proposal", p.getId(), "INTEGRITY_FAILURE", "receipt " + s.getSha256());
        }
    }
}
