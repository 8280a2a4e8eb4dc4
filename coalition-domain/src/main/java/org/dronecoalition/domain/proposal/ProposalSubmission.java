package org.dronecoalition.domain.proposal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dronecoalition.domain.shared.Money;

/**
 * One submission of a proposal: an immutable snapshot of the offer and of its documents, with the
 * SHA-256 of its canonical text. The receipt the bidder keeps is this hash; at opening the
 * snapshot is hashed again from what is stored and must give the same value.
 */
@Entity
@Table(name = "proposal_submission")
public class ProposalSubmission {

    static final String HEADER = "Drone Coalition Platform proposal submission";

    @Id
    @SequenceGenerator(name = "proposal_submission_seq", sequenceName = "proposal_submission_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_submission_seq")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 60, updatable = false)
    private String submittedBy;

    @Column(name = "unit_price", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "monthly_capacity", nullable = false, updatable = false)
    private int monthlyCapacity;

    @Column(name = "lead_time_days", nullable = false, updatable = false)
    private int leadTimeDays;

    @Column(name = "technical_data", nullable = false, length = 20000, updatable = false)
    private String technicalData;

    @Column(name = "canonical", nullable = false, length = 30000, updatable = false)
    private String canonical;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_submission_document", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new TreeSet<>();

    protected ProposalSubmission() {
    }

    ProposalSubmission(Proposal proposal, String tenderReference, int versionNo, String submittedBy,
            List<ProposalDocument> documents, Instant now) {
        ProposalTerms terms = proposal.terms();
        this.proposalId = proposal.getId();
        this.versionNo = versionNo;
        // Milliseconds: what every database keeps exactly, so the snapshot can be rebuilt bit for bit.
        this.submittedAt = now.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
        this.submittedBy = submittedBy;
        this.unitPrice = terms.unitPrice().amount();
        this.quantity = terms.quantity();
        this.monthlyCapacity = terms.monthlyCapacity();
        this.leadTimeDays = terms.leadTimeDays();
        this.technicalData = terms.technicalData();
        documents.forEach(d -> documentIds.add(d.getId()));
        this.canonical = canonical(tenderReference, proposal.getManufacturerId(), documents);
        this.sha256 = Sha256.of(canonical);
    }

    /**
     * The text the hash is taken of: one "name: value" line per fact, in a fixed order, documents
     * by their own SHA-256. Line breaks inside values are escaped so that no value can forge a line.
     */
    private String canonical(String tenderReference, long manufacturerId, List<ProposalDocument> documents) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        line(text, "tender", tenderReference);
        line(text, "proposal", String.valueOf(proposalId));
        line(text, "manufacturer", String.valueOf(manufacturerId));
        line(text, "version", String.valueOf(versionNo));
        line(text, "submittedAt", submittedAt.toInstant().toString());
        line(text, "unitPrice", Money.CURRENCY + " " + unitPrice.toPlainString());
        line(text, "quantity", String.valueOf(quantity));
        line(text, "monthlyCapacity", String.valueOf(monthlyCapacity));
        line(text, "leadTimeDays", String.valueOf(leadTimeDays));
        line(text, "technicalData", technicalData);
        documents.stream()
                .sorted(Comparator.comparing(ProposalDocument::getSha256).thenComparing(ProposalDocument::getFileName))
                .forEach(d -> line(text, "document", d.getSha256() + " " + d.getSizeBytes() + " " + d.getFileName()));
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append(": ")
                .append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
                .append('\n');
    }

    /**
     * Whether what is stored still hashes to the receipt: the documents' bytes, hashed again as
     * stored now, to their recorded hashes, and the snapshot, rebuilt from its columns, to the
     * submission's hash.
     */
    public boolean verify(String tenderReference, long manufacturerId, List<ProposalDocument> documents,
            List<String> contentHashes) {
        for (int i = 0; i < documents.size(); i++) {
            if (!contentHashes.get(i).equals(documents.get(i).getSha256())) {
                return false;
            }
        }
        String rebuilt = canonical(tenderReference, manufacturerId, documents);
        return rebuilt.equals(canonical) && Sha256.of(rebuilt).equals(sha256);
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public ProposalTerms terms() {
        return new ProposalTerms(new Money(unitPrice), quantity, monthlyCapacity, leadTimeDays, technicalData);
    }

    public String getCanonical() {
        return canonical;
    }

    public String getSha256() {
        return sha256;
    }

    public Set<Long> getDocumentIds() {
        return new TreeSet<>(documentIds);
    }
}
