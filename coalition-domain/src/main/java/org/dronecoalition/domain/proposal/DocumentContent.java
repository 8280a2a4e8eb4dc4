package org.dronecoalition.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a proposal document, apart from its description so that lists never load them. */
@Entity
@Table(name = "proposal_document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private long documentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
