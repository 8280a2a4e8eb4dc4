package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.evaluation.Ranking;
import org.dronecoalition.domain.evaluation.Score;
import org.dronecoalition.domain.evaluation.ScoreRepository;
import org.dronecoalition.domain.manufacturer.ManufacturerRepository;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalStatus;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Criterion;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderRepository;

/**
 * After opening, the CSO finds each proposal compliant or not, the member countries score the
 * compliant ones (never their own country's manufacturers), and the ranking is the CSO's
 * recommendation.
 */
@Stateless
public class EvaluationService {

    static final EnumSet<ProposalStatus> RANKED = EnumSet.of(ProposalStatus.COMPLIANT, ProposalStatus.AWARDED,
            ProposalStatus.NOT_AWARDED);

    /** Points a country gives one criterion. */
    public record Points(String criterion, int points, String comment) {
    }

    /** The ranking of a tender's compliant proposals, with the proposals still to be judged. */
    public record Evaluation(Tender tender, List<Ranking.Entry> ranking, Map<Long, ProposalRepository.Listed> listed,
            long unjudged) {
    }

    @Inject
    TenderRepository tenders;

    /** Records a closing the timer has not come round to yet, before any evaluation acts on the tender. */
    @Inject
    TenderService tendering;

    @Inject
    ProposalRepository proposals;

    @Inject
    ScoreRepository scores;

    @Inject
    MemberCountryRepository members;

    @Inject
    ManufacturerRepository manufacturers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Proposal judge(Actor actor, String reference, long proposalId, long version, boolean compliant,
            String reason) {
        actor.require(Role.CSO_ADMIN);
        tendering.closeIfDue(reference);
        Tender t = tenders.lock(tenders.get(reference).getId());
        t.startEvaluation();
        Proposal p = ofTender(t, proposalId);
        if (p.getVersion() != version) {
            throw ConflictException.staleVersion("Proposal", proposalId, version, p.getVersion());
        }
        p.findCompliant(compliant, reason);
        proposals.flush();
        audit.record(actor, "Proposal", proposalId, compliant ? "COMPLIANT" : "NON_COMPLIANT", p.getComplianceReason());
        if (!compliant && proposals.inStates(t.getId(), EnumSet.of(ProposalStatus.OPENED, ProposalStatus.COMPLIANT))
                .isEmpty()) {
            t.fail("No proposal was found compliant");
            audit.record(actor, TenderService.AGGREGATE, reference, "UNSUCCESSFUL", t.getStatusReason());
        }
        return p;
    }

    /** A representative scores for their own country; the price is scored by formula, not by hand. */
    public void score(Actor actor, String reference, long proposalId, List<Points> given) {
        actor.require(Role.MEMBER_REP);
        CountryCode country = actor.country();
        if (!members.get(country).isActive()) {
            throw new AccessDeniedException(true, country + " is no longer a member and does not score");
        }
        tendering.closeIfDue(reference);
        Tender t = tenders.get(reference);
        t.requireEvaluation();
        Proposal p = ofTender(t, proposalId);
        p.requireCompliant();
        if (manufacturers.get(p.getManufacturerId()).getCountry().equals(country)) {
            throw new AccessDeniedException(true, country + " does not score proposals of manufacturers from "
                    + country + " (recusal)");
        }
        Map<String, Criterion> criteria = t.getCriteria().stream()
                .collect(Collectors.toMap(Criterion::getName, c -> c));
        for (Points points : given) {
            Criterion c = criteria.get(points.criterion());
            if (c == null) {
                throw new InvalidInputException("criterion", "tender " + reference + " has no criterion '"
                        + points.criterion() + "'; it has " + criteria.keySet());
            }
            if (c.isPrice()) {
                throw new InvalidInputException("criterion", "'" + c.getName()
                        + "' is scored by formula from the unit prices, not by hand");
            }
            Score s = scores.find(proposalId, country.value(), c.getName())
                    .orElseGet(() -> new Score(proposalId, country.value(), c.getName()));
            s.give(points.points(), points.comment(), actor.username(), clock.instant());
            scores.add(s);
        }
        scores.flush();
        audit.record(actor, "Proposal", proposalId, "SCORED", country + ": " + given.stream()
                .map(x -> x.criterion() + " " + x.points()).collect(Collectors.joining(", ")));
    }

    /** The ranking, for the CSO and member representatives. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Evaluation evaluation(Actor actor, String reference) {
        actor.require(Role.CSO_ADMIN, Role.MEMBER_REP);
        tendering.closeIfDue(reference);
        Tender t = tenders.get(reference);
        if (!t.isOpened(clock.instant())) {
            throw new ConflictException("status", "Tender " + reference + " is not opened yet");
        }
        List<ProposalRepository.Listed> ranked = proposals.inStates(t.getId(), RANKED);
        List<Ranking.Entry> ranking = ranking(t, ranked);
        long unjudged = proposals.inStates(t.getId(), EnumSet.of(ProposalStatus.OPENED, ProposalStatus.SUBMITTED))
                .size();
        return new Evaluation(t, ranking, ranked.stream().collect(Collectors.toMap(l -> l.proposal().getId(),
                l -> l)), unjudged);
    }

    /** The scored compliant proposals of the tender, best first: what an award proposal is held to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> ranking(Tender t) {
        return ranking(t, proposals.inStates(t.getId(), RANKED)).stream().filter(e -> e.score() != null)
                .map(e -> e.proposal().getId()).toList();
    }

    private List<Ranking.Entry> ranking(Tender t, List<ProposalRepository.Listed> ranked) {
        Map<Long, BigDecimal> prices = ranked.stream().collect(Collectors.toMap(l -> l.proposal().getId(),
                l -> l.counted().terms().unitPrice().amount()));
        return Ranking.of(t.getCriteria(), ranked.stream().map(ProposalRepository.Listed::proposal).toList(),
                scores.ofTender(t.getId()), prices);
    }

    private Proposal ofTender(Tender t, long proposalId) {
        Proposal p = proposals.get(proposalId);
        if (p.getTenderId() != t.getId() || !p.getStatus().counts()) {
            throw new UnknownEntityException("Proposal", proposalId);
        }
        return p;
    }
}
