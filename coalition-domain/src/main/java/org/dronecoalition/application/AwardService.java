package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.award.AwardDecision;
import org.dronecoalition.domain.award.AwardLine;
import org.dronecoalition.domain.award.AwardRepository;
import org.dronecoalition.domain.award.DecisionStatus;
import org.dronecoalition.domain.award.Tally;
import org.dronecoalition.domain.award.Vote;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderKind;
import org.dronecoalition.domain.order.OrderRepository;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalStatus;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderRepository;

/**
 * The CSO proposes an award from the ranking, the member countries vote, and the CSO closes the
 * vote: a passed decision awards the tender and places the pilot orders, committing their value
 * on the tender's fund; a failed one returns the tender to the CSO.
 */
@Stateless
public class AwardService {

    static final String AGGREGATE = "AwardDecision";

    /** One line the CSO proposes. */
    public record Line(long proposalId, int quantity, int pilotQuantity) {
    }

    /** A decision with its current count and, once passed, the orders it placed. */
    /**
     * A decision with its count and, for the CSO and representatives, its votes; {@code makers}
     * names the manufacturer of each line's proposal.
     */
    public record Outcome(AwardDecision decision, Tally tally, boolean votesShown, Map<Long, String> makers,
            List<Order> orders) {
    }

    @Inject
    TenderRepository tenders;

    @Inject
    ProposalRepository proposals;

    @Inject
    AwardRepository awards;

    @Inject
    OrderRepository orders;

    @Inject
    MemberCountryRepository members;

    @Inject
    Treasury treasury;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    EvaluationService evaluations;

    @Inject
    Clock clock;

    /**
     * The CSO proposes who gets what; departing from the ranking needs {@code deviationReason},
     * which the representatives read before they vote.
     */
    public Outcome propose(Actor actor, String reference, List<Line> lines, String deviationReason) {
        actor.require(Role.CSO_ADMIN);
        Tender t = tenders.lock(tenders.get(reference).getId());
        t.requireEvaluation();
        if (awards.openForUpdate(t.getId()).isPresent()) {
            throw new ConflictException("status", "An award decision on " + reference + " is open for voting; "
                    + "close it first");
        }
        List<ProposalRepository.Listed> unjudged = proposals.inStates(t.getId(), EnumSet.of(ProposalStatus.OPENED));
        if (!unjudged.isEmpty()) {
            throw new ConflictException("lines", "Find proposals " + unjudged.stream()
                    .map(l -> String.valueOf(l.proposal().getId())).collect(Collectors.joining(", "))
                    + " compliant or not first");
        }
        Map<Long, ProposalRepository.Listed> compliant = proposals.inStates(t.getId(),
                EnumSet.of(ProposalStatus.COMPLIANT)).stream()
                .collect(Collectors.toMap(l -> l.proposal().getId(), Function.identity()));
        List<AwardDecision.Share> shares = new ArrayList<>();
        for (Line line : lines) {
            ProposalRepository.Listed l = compliant.get(line.proposalId());
            if (l == null) {
                throw new InvalidInputException("lines", "proposal " + line.proposalId()
                        + " is not a compliant proposal of " + reference);
            }
            var offer = l.counted().terms();
            shares.add(new AwardDecision.Share(l.proposal(), offer.quantity(), offer.unitPrice(), line.quantity(),
                    line.pilotQuantity()));
        }
        AwardDecision d = new AwardDecision(t, shares, actor.username(), clock.instant());
        d.followRanking(evaluations.ranking(t), deviationReason);
        awards.add(d);
        audit.record(actor, AGGREGATE, d.getId(), "PROPOSED", reference + ": " + describe(d));
        return outcome(d, d.tally(memberCountries()), true, List.of());
    }

    /** A representative votes for their own country; the vote may change until the decision closes. */
    public Outcome vote(Actor actor, String reference, Vote vote) {
        actor.require(Role.MEMBER_REP);
        if (!members.get(actor.country()).isActive()) {
            throw new AccessDeniedException(true, actor.country() + " is no longer a member and does not vote");
        }
        AwardDecision d = open(reference);
        d.vote(actor.country(), vote, actor.username(), clock.instant());
        awards.flush();
        audit.record(actor, AGGREGATE, d.getId(), "VOTED", actor.country() + " " + vote);
        return outcome(d, d.tally(memberCountries()), true, List.of());
    }

    /** Counts the votes. Passed: the tender is awarded and the pilot orders are placed and committed. */
    public Outcome close(Actor actor, String reference) {
        actor.require(Role.CSO_ADMIN);
        AwardDecision d = open(reference);
        Tally tally = d.close(memberCountries(), clock.instant());
        audit.record(actor, AGGREGATE, d.getId(), d.getStatus().name(), tally.approvals() + " approve, "
                + tally.rejections() + " reject, " + tally.abstentions() + " abstain of " + tally.memberCountries()
                + " member countries");
        if (d.getStatus() == DecisionStatus.FAILED) {
            awards.flush();
            return outcome(d, tally, true, List.of());
        }
        Tender t = tenders.get(d.getTenderId());
        t.award();
        proposals.inStates(t.getId(), EnumSet.of(ProposalStatus.COMPLIANT))
                .forEach(l -> l.proposal().decide(d.awards(l.proposal().getId())));
        treasury.hold(t.getFundId());
        List<Order> placed = new ArrayList<>();
        for (AwardLine line : d.getLines()) {
            var proposal = proposals.get(line.getProposalId());
            Order o = new Order(t.getId(), proposal.getId(), proposal.getManufacturerId(), t.getFundId(),
                    OrderKind.PILOT, line.getPilotQuantity(), line.getUnitPrice(), actor.username(), clock.instant());
            o.attribute(ledger.receivedByMember(t.getFundId()));
            orders.add(o);
            treasury.commit(actor, t.getFundId(), o.value(), o.reference());
            audit.record(actor, "Order", o.getId(), "PLACED", "PILOT " + o.getQuantity() + " at "
                    + o.getUnitPrice() + " on " + reference);
            placed.add(o);
        }
        audit.record(actor, TenderService.AGGREGATE, reference, "AWARDED", describe(d));
        return outcome(d, tally, true, placed);
    }

    /** The latest decision: the CSO and representatives see the votes; others only a passed award. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Outcome get(Actor actor, String reference) {
        Tender t = tenders.get(reference);
        AwardDecision d = awards.latest(t.getId()).orElseThrow(() -> new UnknownEntityException("Award of",
                reference));
        boolean coalition = actor.has(Role.CSO_ADMIN) || actor.has(Role.MEMBER_REP);
        if (!coalition && d.getStatus() != DecisionStatus.PASSED) {
            throw new UnknownEntityException("Award of", reference);
        }
        return outcome(d, d.tally(memberCountries()), coalition, List.of());
    }

    private Outcome outcome(AwardDecision d, Tally tally, boolean votesShown, List<Order> placed) {
        Map<Long, String> makers = proposals.inStates(d.getTenderId(), EvaluationService.RANKED).stream()
                .filter(l -> d.awards(l.proposal().getId()))
                .collect(Collectors.toMap(l -> l.proposal().getId(), l -> l.manufacturer().getLegalName()));
        return new Outcome(d, tally, votesShown, makers, placed);
    }

    private AwardDecision open(String reference) {
        Tender t = tenders.get(reference);
        return awards.openForUpdate(t.getId()).orElseThrow(() -> new ConflictException("status",
                "No award decision on " + reference + " is open for voting"));
    }

    private long memberCountries() {
        return members.count(MembershipStatus.MEMBER);
    }

    private static String describe(AwardDecision d) {
        return d.getLines().stream().map(l -> "proposal " + l.getProposalId() + ": " + l.getQuantity() + " at "
                + l.getUnitPrice() + " (pilot " + l.getPilotQuantity() + ")").collect(Collectors.joining("; "));
    }
}
