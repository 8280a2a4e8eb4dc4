package org.dronecoalition.domain.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** The vote a member country cast, by whom and when; the latest one counts. */
@Embeddable
public class CastVote {

    @Column(name = "member_code", nullable = false, length = 2)
    private String memberCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote", nullable = false, length = 10)
    private Vote vote;

    @Column(name = "voted_by", nullable = false, length = 60)
    private String votedBy;

    @Column(name = "voted_at", nullable = false)
    private OffsetDateTime votedAt;

    protected CastVote() {
    }

    CastVote(String memberCode, Vote vote, String votedBy, OffsetDateTime votedAt) {
        this.memberCode = memberCode;
        this.vote = vote;
        this.votedBy = votedBy;
        this.votedAt = votedAt;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public Vote getVote() {
        return vote;
    }

    public String getVotedBy() {
        return votedBy;
    }

    public OffsetDateTime getVotedAt() {
        return votedAt;
    }
}
