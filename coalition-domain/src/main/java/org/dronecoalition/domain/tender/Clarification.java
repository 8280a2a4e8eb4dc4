package org.dronecoalition.domain.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A manufacturer's question on a published tender. Once the CSO answers, question and answer are
 * public to every bidder; who asked is never shown to anyone but the asker.
 */
@Entity
@Table(name = "clarification")
public class Clarification {

    @Id
    @SequenceGenerator(name = "clarification_seq", sequenceName = "clarification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clarification_seq")
    private Long id;

    @Column(name = "tender_id", nullable = false, updatable = false)
    private long tenderId;

    @Column(name = "manufacturer_id", nullable = false, updatable = false)
    private long manufacturerId;

    @Column(name = "question", nullable = false, length = 4000, updatable = false)
    private String question;

    @Column(name = "answer", length = 8000)
    private String answer;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Clarification() {
    }

    public Clarification(Tender tender, long manufacturerId, String question, Instant now) {
        tender.requireAcceptingQuestions(now);
        if (question == null || question.isBlank()) {
            throw new InvalidInputException("question", "write the question");
        }
        this.tenderId = tender.getId();
        this.manufacturerId = manufacturerId;
        this.question = question.strip();
        this.askedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Publishes the answer to all bidders; an answer, once published, stands. */
    public void answer(String text, Instant now) {
        if (answer != null) {
            throw new ConflictException("answer", "Question " + id + " was answered on " + answeredAt);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("answer", "write the answer");
        }
        answer = text.strip();
        answeredAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean askedBy(long manufacturer) {
        return manufacturerId == manufacturer;
    }

    public Long getId() {
        return id;
    }

    public long getTenderId() {
        return tenderId;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public OffsetDateTime getAskedAt() {
        return askedAt;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public long getVersion() {
        return version;
    }
}
