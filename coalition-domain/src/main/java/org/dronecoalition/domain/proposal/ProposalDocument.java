package org.dronecoalition.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A document attached to a proposal: its name, checked type, size and SHA-256. The bytes live in
 * their own row, streamed in and out ({@link ProposalRepository}), never loaded with the document.
 */
@Entity
@Table(name = "proposal_document")
public class ProposalDocument {

    @Id
    @SequenceGenerator(name = "proposal_document_seq", sequenceName = "proposal_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_document_seq")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 60, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "detached", nullable = false)
    private boolean detached;

    protected ProposalDocument() {
    }

    /** Checks the content by its first bytes: the declared type must be what the file really is. */
    ProposalDocument(long proposalId, String fileName, String declaredType, DocumentUpload content, Instant now) {
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("name", "give the file a name of 1 to 200 characters");
        }
        DocumentType actual = DocumentType.of(content.head()).orElseThrow(() -> new InvalidInputException("file",
                name + " is not a PDF, PNG or JPEG file (checked by its content)"));
        DocumentType.ofMediaType(declaredType).filter(actual::equals).orElseThrow(() -> new InvalidInputException(
                "file", name + " was sent as " + declaredType + " but its content is " + actual.mediaType()));
        this.proposalId = proposalId;
        this.fileName = name;
        this.mediaType = actual.mediaType();
        this.sizeBytes = content.length();
        this.uploadedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Takes the hash of the bytes once they were all stored, before the document itself is. */
    void stored(DocumentUpload content) {
        this.sha256 = content.sha256();
    }

    void detach() {
        detached = true;
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }

    public boolean isDetached() {
        return detached;
    }
}
