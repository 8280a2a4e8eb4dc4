package org.dronecoalition.domain.evaluation;

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
import org.dronecoalition.domain.shared.InvalidInputException;

/** One member country's points (0 to 10) for one criterion of one compliant proposal. */
@Entity
@Table(name = "score")
public class Score {

    @Id
    @SequenceGenerator(name = "score_seq", sequenceName = "score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_seq")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "member_code", nullable = false, length = 2, updatable = false)
    private String memberCode;

    @Column(name = "criterion", nullable = false, length = 120, updatable = false)
    private String criterion;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Column(name = "scored_by", nullable = false, length = 60)
    private String scoredBy;

    @Column(name = "scored_at", nullable = false)
    private OffsetDateTime scoredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Score() {
    }

    public Score(long proposalId, String memberCode, String criterion) {
        this.proposalId = proposalId;
        this.memberCode = memberCode;
        this.criterion = criterion;
    }

    /** Gives (or changes) the points; a country may revise its scores until the award. */
    public void give(int points, String comment, String username, Instant now) {
        if (points < 0 || points > 10) {
            throw new InvalidInputException("points", "points for '" + criterion + "' must be 0 to 10");
        }
        this.points = points;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.scoredBy = username;
        this.scoredAt = now.atOffset(ZoneOffset.UTC);
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getPoints() {
        return points;
    }

    public String getComment() {
        return comment;
    }

    public String getScoredBy() {
        return scoredBy;
    }
}
