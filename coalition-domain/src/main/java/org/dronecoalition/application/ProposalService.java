package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerRepository;
import org.dronecoalition.domain.proposal.DocumentUpload;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.proposal.ProposalDocument;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalSubmission;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sealed proposals: manufacturers draft, attach documents, submit, resubmit and withdraw before the
 * deadline; the coalition reads them after it. A proposal the actor may not see does not exist
 * for them (404), in lists, by id and for its documents.
 */
@Stateless
public class ProposalService {

    static final String AGGREGATE = "Proposal";

    /**
     * A proposal as the actor may read it: its authors get the working copy and attached documents,
     * the coalition the submission that counts and the documents sealed with it.
     */
    public record Dossier(Proposal proposal, Tender tender, Manufacturer manufacturer, ProposalTerms terms,
            ProposalSubmission counted, List<ProposalDocument> documents, boolean author) {
    }

    /** A downloadable document. */
    public record Download(ProposalDocument document, Bytes content) {

        /** The document's bytes, written out when the answer is sent. */
        public interface Bytes {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    @Inject
    ProposalRepository proposals;

    @Inject
    TenderRepository tenders;

    @Inject
    ManufacturerRepository manufacturers;

    @Inject
    TenderService tendering;

    @Inject
    AuditTrail audit;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "coalition.documents.max-bytes", defaultValue = "20971520")
    long maxDocumentBytes;

    @Inject
    @ConfigProperty(name = "coalition.documents.max-count", defaultValue = "10")
    int maxDocuments;

    public Dossier create(Actor actor, String reference, ProposalTerms terms) {
        actor.require(Role.MANUFACTURER);
        Tender t = tenders.get(reference);
        if (!t.isPublic()) {
            throw new UnknownEntityException("Tender", reference);
        }
        t = tenders.lock(t.getId());
        Manufacturer m = manufacturers.get(actor.manufacturerId());
        proposals.of(t.getId(), m.getId()).ifPresent(existing -> {
            throw new ConflictException("tender", "Your company already has proposal " + existing.getId()
                    + " on " + reference + "; change or resubmit that one");
        });
        Proposal p = new Proposal(t, m, terms, clock.instant());
        proposals.add(p);
        audit.recordSealed(actor, AGGREGATE, p.getId(), "DRAFTED", reference, t.getId());
        return dossier(actor, p, t, clock.instant());
    }

    public Dossier revise(Actor actor, long id, long version, ProposalTerms terms) {
        Proposal p = own(actor, id, version);
        Tender t = tenders.get(p.getTenderId());
        p.revise(t, terms, clock.instant());
        proposals.flush();
        audit.recordSealed(actor, AGGREGATE, id, "REVISED", null, t.getId());
        return dossier(actor, p, t, clock.instant());
    }

    /**
     * The receipt: server time, version and SHA-256 of the canonical content and documents. With an
     * idempotency key, a retry (after a lost answer) returns the first receipt instead of a conflict
     * on the version it already moved.
     */
    public ProposalSubmission submit(Actor actor, String idempotencyKey, long id, long version) {
        long receipt = idempotency.once(actor, idempotencyKey, "submission:" + id, List.of(version), () -> {
            Proposal p = own(actor, id, version);
            Tender t = tenders.get(p.getTenderId());
            ProposalSubmission s = p.submit(t, proposals.attached(id), actor.username(), clock.instant());
            proposals.add(s);
            audit.recordSealed(actor, AGGREGATE, id, "SUBMITTED", "version " + s.getVersionNo() + ", SHA-256 "
                    + s.getSha256(), t.getId());
            return s.getId();
        });
        return proposals.submission(receipt);
    }

    public Dossier withdraw(Actor actor, long id, long version) {
        Proposal p = own(actor, id, version);
        Tender t = tenders.get(p.getTenderId());
        p.withdraw(t, clock.instant());
        proposals.flush();
        audit.recordSealed(actor, AGGREGATE, id, "WITHDRAWN", null, t.getId());
        return dossier(actor, p, t, clock.instant());
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * Refuses, before an upload is read, anyone who could not attach to this proposal: only its
     * authors, in good standing, before the deadline get to send the bytes.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void requireAuthor(Actor actor, long id) {
        tenders.get(authored(actor, id).getTenderId()).requireAcceptingProposals(clock.instant());
    }

    public ProposalDocument attach(Actor actor, long id, String fileName, String mediaType, DocumentUpload content) {
        if (content.length() > maxDocumentBytes) {
            throw new InvalidInputException("file", "a document may have at most " + maxDocumentBytes + " bytes");
        }
        Proposal p = own(actor, id, null);
        Tender t = tenders.get(p.getTenderId());
        ProposalDocument d = p.attach(t, fileName, mediaType, content, proposals.attached(id).size(), maxDocuments,
                clock.instant());
        proposals.add(d, content);
        audit.recordSealed(actor, AGGREGATE, id, "DOCUMENT_ATTACHED", d.getFileName() + " SHA-256 " + d.getSha256(),
                t.getId());
        return d;
    }

    public void detach(Actor actor, long id, long documentId) {
        Proposal p = own(actor, id, null);
        ProposalDocument d = proposals.document(id, documentId);
        if (d.isDetached()) {
            throw new UnknownEntityException("Document", documentId);
        }
        p.detach(tenders.get(p.getTenderId()), d, clock.instant());
        proposals.flush();
        audit.recordSealed(actor, AGGREGATE, id, "DOCUMENT_DETACHED", d.getFileName(), p.getTenderId());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Dossier get(Actor actor, long id) {
        Proposal p = visible(actor, id);
        return dossier(actor, p, tenders.get(p.getTenderId()), clock.instant());
    }

    /** Every version for the authors; the one that counts for the coalition. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProposalSubmission> receipts(Actor actor, long id) {
        Proposal p = visible(actor, id);
        if (actor.worksFor(p.getManufacturerId())) {
            return proposals.submissions(id);
        }
        return proposals.submission(id, p.getSubmittedVersion()).stream().toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Download download(Actor actor, long id, long documentId) {
        Proposal p = visible(actor, id);
        ProposalDocument d = proposals.document(id, documentId);
        if (!actor.worksFor(p.getManufacturerId()) && !counted(p).getDocumentIds().contains(documentId)) {
            throw new UnknownEntityException("Document", documentId);
        }
        return new Download(d, out -> proposals.copyContent(documentId, out));
    }

    /**
     * The proposals on a tender the actor may see: the authors' own; for the CSO and member
     * representatives the submitted ones once the deadline has passed, none before.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ProposalRepository.Listed> list(Actor actor, String reference, PageRequest page) {
        actor.require(Role.values());
        if (actor.has(Role.CSO_ADMIN) || actor.has(Role.MEMBER_REP)) {
            tendering.closeIfDue(reference);
        }
        Tender t = tenders.get(reference);
        if (actor.has(Role.MANUFACTURER)) {
            var own = proposals.of(t.getId(), actor.manufacturerId()).map(p -> listed(p, t)).stream().toList();
            return new Page<>(page.page() == 0 ? own : List.of(), page.page(), page.size(), own.size());
        }
        if ((actor.has(Role.CSO_ADMIN) || actor.has(Role.MEMBER_REP)) && t.isOpened(clock.instant())) {
            return proposals.submitted(t.getId(), page);
        }
        return new Page<>(List.of(), page.page(), page.size(), 0);
    }

    /** The manufacturer portal's "my proposals". */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ProposalRepository.Listed> mine(Actor actor, PageRequest page) {
        actor.require(Role.MANUFACTURER);
        return proposals.ofManufacturer(actor.manufacturerId(), page);
    }

    private ProposalRepository.Listed listed(Proposal p, Tender t) {
        ProposalSubmission counted = proposals.submission(p.getId(), p.getSubmittedVersion()).orElse(null);
        return new ProposalRepository.Listed(p, t, manufacturers.get(p.getManufacturerId()), counted);
    }

    private Dossier dossier(Actor actor, Proposal p, Tender t, Instant now) {
        Manufacturer m = manufacturers.get(p.getManufacturerId());
        boolean author = actor.worksFor(p.getManufacturerId());
        ProposalSubmission counted = proposals.submission(p.getId(), p.getSubmittedVersion()).orElse(null);
        if (author) {
            return new Dossier(p, t, m, p.terms(), counted, proposals.attached(p.getId()), true);
        }
        return new Dossier(p, t, m, counted.terms(), counted, proposals.documents(counted.getDocumentIds()), false);
    }

    private ProposalSubmission counted(Proposal p) {
        return proposals.submission(p.getId(), p.getSubmittedVersion())
                .orElseThrow(() -> new UnknownEntityException(AGGREGATE, p.getId()));
    }

    /** The proposal if the actor may read it; otherwise, for a signed-in user, it does not exist. */
    private Proposal visible(Actor actor, long id) {
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException(false, "Sign in to read proposals");
        }
        Proposal p = proposals.get(id);
        if (!p.visibleTo(actor, tenders.get(p.getTenderId()), clock.instant())) {
            throw new UnknownEntityException(AGGREGATE, id);
        }
        if (actor.worksFor(p.getManufacturerId())) {
            return p;
        }
        // The coalition reads it once the deadline has passed: as opened, even before the timer came round.
        tendering.closeIfDue(p.getTenderId());
        return proposals.get(id);
    }

    /**
     * The proposal if the actor is one of its authors, read after locking its tender: bids on a
     * tender are taken one at a time, and none after the timer has closed it. A stale version is
     * refused when given.
     */
    private Proposal own(Actor actor, long id, Long version) {
        Proposal p = authored(actor, id);
        tenders.lock(p.getTenderId());
        proposals.refresh(p);
        if (version != null && p.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, id, version, p.getVersion());
        }
        return p;
    }

    /** The proposal if the actor is one of its authors and their company is in good standing. */
    private Proposal authored(Actor actor, long id) {
        actor.require(Role.MANUFACTURER);
        Proposal p = proposals.get(id);
        if (!actor.worksFor(p.getManufacturerId())) {
            throw new UnknownEntityException(AGGREGATE, id);
        }
        manufacturers.get(p.getManufacturerId()).requireInGoodStanding("change its proposals");
        return p;
    }
}
