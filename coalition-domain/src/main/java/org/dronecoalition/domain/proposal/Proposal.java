package org.dronecoalition.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Tender;

/**
 * A manufacturer's sealed offer on a tender. Aggregate root: it keeps the working copy its
 * authors edit and the rules of sealing; every submission is a {@link ProposalSubmission}, and the
 * last one counts. Every change goes through the tender's deadline check first.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    private Long id;

    @Column(name = "tender_id", nullable = false, updatable = false)
    private long tenderId;

    @Column(name = "manufacturer_id", nullable = false, updatable = false)
    private long manufacturerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ProposalStatus status;

    @Column(name = "unit_price", precision = 15, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "quantity")
    private Integer quantity;

    @Column(name = "monthly_capacity")
    private Integer monthlyCapacity;

    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    @Column(name = "technical_data", length = 20000)
    private String technicalData;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_version", nullable = false)
    private int submittedVersion;

    @Column(name = "compliance_reason", length = 1000)
    private String complianceReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Proposal() {
    }

    /** Opens a draft; only a verified manufacturer from an eligible country may bid. */
    public Proposal(Tender tender, Manufacturer manufacturer, ProposalTerms terms, Instant now) {
        tender.requireAcceptingProposals(now);
        if (!manufacturer.mayPropose()) {
            throw new ConflictException("manufacturer", manufacturer.getLegalName() + " is "
                    + manufacturer.getStatus() + "; only verified manufacturers may submit proposals");
        }
        if (!tender.isEligible(manufacturer.getCountry())) {
            throw new ConflictException("manufacturer", "Tender " + tender.getReference()
                    + " is open to manufacturers from " + tender.getEligibleCountries() + ", not from "
                    + manufacturer.getCountry());
        }
        this.tenderId = tender.getId();
        this.manufacturerId = manufacturer.getId();
        this.status = ProposalStatus.DRAFT;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        apply(terms, now);
    }

    /** Changes the working copy; a submitted proposal keeps counting as submitted until resubmitted. */
    public void revise(Tender tender, ProposalTerms terms, Instant now) {
        tender.requireAcceptingProposals(now);
        apply(terms, now);
    }

    private void apply(ProposalTerms t, Instant now) {
        if (t.unitPrice() != null && t.unitPrice().amount().signum() <= 0) {
            throw new InvalidInputException("unitPrice", "unitPrice must be more than zero");
        }
        atLeast("quantity", t.quantity(), 1);
        atLeast("monthlyCapacity", t.monthlyCapacity(), 1);
        atLeast("leadTimeDays", t.leadTimeDays(), 0);
        this.unitPrice = t.unitPrice() == null ? null : t.unitPrice().amount();
        this.quantity = t.quantity();
        this.monthlyCapacity = t.monthlyCapacity();
        this.leadTimeDays = t.leadTimeDays();
        this.technicalData = t.technicalData() == null || t.technicalData().isBlank() ? null
                : t.technicalData().strip();
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    private static void atLeast(String field, Integer value, int minimum) {
        if (value != null && value < minimum) {
            throw new InvalidInputException(field, field + " must be at least " + minimum);
        }
    }

    /**
     * Adds a document to the working copy. Documents live in their own rows, so attaching one does
     * not change the proposal's version: an upload does not make the author's next submit stale.
     */
    public ProposalDocument attach(Tender tender, String fileName, String mediaType, DocumentUpload content,
            int attached,
            int maxCount, Instant now) {
        tender.requireAcceptingProposals(now);
        if (attached >= maxCount) {
            throw new ConflictException("file", "A proposal carries at most " + maxCount
                    + " documents; remove one first");
        }
        return new ProposalDocument(id, fileName, mediaType, content, now);
    }

    public void detach(Tender tender, ProposalDocument document, Instant now) {
        tender.requireAcceptingProposals(now);
        document.detach();
    }

    /** Seals the working copy and its documents as a new version; the receipt is its hash. */
    public ProposalSubmission submit(Tender tender, List<ProposalDocument> documents, String username,
            Instant now) {
        tender.requireAcceptingProposals(now);
        required("unitPrice", unitPrice);
        required("quantity", quantity);
        required("monthlyCapacity", monthlyCapacity);
        required("leadTimeDays", leadTimeDays);
        required("technicalData", technicalData);
        submittedVersion++;
        status = ProposalStatus.SUBMITTED;
        updatedAt = now.atOffset(ZoneOffset.UTC);
        return new ProposalSubmission(this, tender.getReference(), submittedVersion, username, documents, now);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required to submit");
        }
    }

    public void withdraw(Tender tender, Instant now) {
        tender.requireAcceptingProposals(now);
        if (status != ProposalStatus.SUBMITTED) {
            throw new ConflictException("status", "Proposal " + id + " is " + status + "; only a submitted one "
                    + "can be withdrawn");
        }
        status = ProposalStatus.WITHDRAWN;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * The sealing rule. The author's users always see their proposal; the CSO and member
     * representatives see a submitted proposal once the tender's deadline has passed; nobody else
     * ever does, not even that it exists.
     */
    public boolean visibleTo(Actor actor, Tender tender, Instant now) {
        if (actor.worksFor(manufacturerId)) {
            return true;
        }
        return (actor.has(Role.CSO_ADMIN) || actor.has(Role.MEMBER_REP)) && isOpenedWith(tender, now);
    }

    /** Whether this proposal is among those opened at the deadline. */
    public boolean isOpenedWith(Tender tender, Instant now) {
        return status.counts() && tender.isOpened(now);
    }

    /** Recorded when the tender closes: the submission that counts is now read by the coalition. */
    public void open() {
        if (status == ProposalStatus.SUBMITTED) {
            status = ProposalStatus.OPENED;
        }
    }

    /** The CSO's finding on an opened proposal; it may be revised until the award. */
    public void findCompliant(boolean compliant, String reason) {
        if (status != ProposalStatus.OPENED && status != ProposalStatus.COMPLIANT
                && status != ProposalStatus.NON_COMPLIANT) {
            throw new ConflictException("status", "Proposal " + id + " is " + status
                    + "; only an opened proposal is checked for compliance");
        }
        if (!compliant && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "give the reason, the manufacturer will read it");
        }
        status = compliant ? ProposalStatus.COMPLIANT : ProposalStatus.NON_COMPLIANT;
        complianceReason = compliant ? null : reason.strip();
    }

    public void requireCompliant() {
        if (status != ProposalStatus.COMPLIANT) {
            throw new ConflictException("proposal", "Proposal " + id + " is " + status + ", not COMPLIANT");
        }
    }

    /** The outcome of a passed award decision. */
    public void decide(boolean awarded) {
        if (status.counts()) {
            status = awarded ? ProposalStatus.AWARDED : ProposalStatus.NOT_AWARDED;
        }
    }

    public ProposalTerms terms() {
        return new ProposalTerms(unitPrice == null ? null : new Money(unitPrice), quantity, monthlyCapacity,
                leadTimeDays, technicalData);
    }

    public Long getId() {
        return id;
    }

    public long getTenderId() {
        return tenderId;
    }

    public long getManufacturerId() {
        return manufacturerId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The number of the submission that counts; 0 if never submitted. */
    public int getSubmittedVersion() {
        return submittedVersion;
    }

    public String getComplianceReason() {
        return complianceReason;
    }

    public long getVersion() {
        return version;
    }
}
