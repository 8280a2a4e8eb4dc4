package org.dronecoalition.domain.award;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Tender;

/**
 * The CSO's proposed award of a tender, put to the member countries' vote. Aggregate root: it
 * checks that the award fits the tender (quantity and budget ceiling, no manufacturer above its
 * offer) and counts the votes when the CSO closes it.
 */
@Entity
@Table(name = "award_decision")
public class AwardDecision {

    /** A manufacturer's share as the CSO proposes it, next to what the opened proposal offered. */
    public record Share(Proposal proposal, int offered, Money unitPrice, int quantity, int pilotQuantity) {
    }

    @Id
    @SequenceGenerator(name = "award_decision_seq", sequenceName = "award_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_decision_seq")
    private Long id;

    @Column(name = "tender_id", nullable = false, updatable = false)
    private long tenderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DecisionStatus status;

    @Column(name = "proposed_by", nullable = false, length = 60, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private OffsetDateTime proposedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "deviation_reason", length = 1000, updatable = false)
    private String deviationReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_line", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<AwardLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_vote", joinColumns = @JoinColumn(name = "decision_id"))
    private List<CastVote> votes = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AwardDecision() {
    }

    public AwardDecision(Tender tender, List<Share> shares, String username, Instant now) {
        tender.requireEvaluation();
        if (shares.isEmpty()) {
            throw new InvalidInputException("lines", "award at least one manufacturer");
        }
        var seen = new HashSet<Long>();
        long quantity = 0;
        Money value = Money.ZERO;
        for (Share s : shares) {
            s.proposal().requireCompliant();
            if (s.proposal().getTenderId() != tender.getId() || !seen.add(s.proposal().getId())) {
                throw new InvalidInputException("lines", "each line names a different proposal of "
                        + tender.getReference());
            }
            if (s.quantity() < 1 || s.quantity() > s.offered()) {
                throw new InvalidInputException("lines", "proposal " + s.proposal().getId() + " offered "
                        + s.offered() + " drones; award 1 to " + s.offered());
            }
            if (s.pilotQuantity() < 1 || s.pilotQuantity() > s.quantity()) {
                throw new InvalidInputException("lines", "the pilot batch of proposal " + s.proposal().getId()
                        + " must be 1 to " + s.quantity() + " drones");
            }
            AwardLine line = new AwardLine(s.proposal().getId(), s.quantity(), s.pilotQuantity(), s.unitPrice());
            lines.add(line);
            quantity += s.quantity();
            value = value.plus(line.value());
        }
        if (quantity > tender.getQuantity()) {
            throw new ConflictException("lines", "the award covers " + quantity + " drones; " + tender.getReference()
                    + " seeks " + tender.getQuantity());
        }
        if (value.exceeds(tender.getBudgetCeiling())) {
            throw new ConflictException("lines", "the award is worth " + value + ", above the budget ceiling of "
                    + tender.getBudgetCeiling());
        }
        this.tenderId = tender.getId();
        this.status = DecisionStatus.OPEN;
        this.proposedBy = username;
        this.proposedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * Holds the award to the ranking ({@code ranking}: the scored compliant proposals, best first):
     * passing over a better-ranked proposal needs a reason, which the representatives read before
     * they vote. An award of unscored proposals passes over every scored one.
     */
    public void followRanking(List<Long> ranking, String reason) {
        int worst = lines.stream().mapToInt(l -> ranking.contains(l.getProposalId())
                ? ranking.indexOf(l.getProposalId()) : ranking.size()).max().orElse(0);
        List<Long> passedOver = ranking.subList(0, worst).stream().filter(id -> !awards(id)).toList();
        if (!passedOver.isEmpty() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("deviationReason", "The award passes over proposal(s) " + passedOver
                    + ", ranked higher; give the reason the representatives will read before they vote");
        }
        deviationReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Records a country's vote, replacing its earlier one; only while the decision is open. */
    public void vote(CountryCode country, Vote vote, String username, Instant now) {
        requireOpen();
        votes.removeIf(v -> v.getMemberCode().equals(country.value()));
        votes.add(new CastVote(country.value(), vote, username, now.atOffset(ZoneOffset.UTC)));
    }

    public Tally tally(long memberCountries) {
        int approve = 0;
        int reject = 0;
        int abstain = 0;
        for (CastVote v : votes) {
            switch (v.getVote()) {
                case APPROVE -> approve++;
                case REJECT -> reject++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(approve, reject, abstain, memberCountries);
    }

    /** Counts the votes: the decision passes or fails, and either way no vote changes after. */
    public Tally close(long memberCountries, Instant now) {
        requireOpen();
        Tally tally = tally(memberCountries);
        status = tally.passes() ? DecisionStatus.PASSED : DecisionStatus.FAILED;
        closedAt = now.atOffset(ZoneOffset.UTC);
        return tally;
    }

    private void requireOpen() {
        if (status != DecisionStatus.OPEN) {
            throw new ConflictException("status", "The award decision " + id + " is " + status + " and closed");
        }
    }

    public boolean awards(long proposalId) {
        return lines.stream().anyMatch(l -> l.getProposalId() == proposalId);
    }

    public Long getId() {
        return id;
    }

    public long getTenderId() {
        return tenderId;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    /** Why the award departs from the ranking; null when it follows it. */
    public String getDeviationReason() {
        return deviationReason;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public List<AwardLine> getLines() {
        return List.copyOf(lines);
    }

    public List<CastVote> getVotes() {
        return List.copyOf(votes);
    }

    public long getVersion() {
        return version;
    }
}
