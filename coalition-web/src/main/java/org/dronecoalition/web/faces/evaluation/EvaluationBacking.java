package org.dronecoalition.web.faces.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dronecoalition.application.AwardService;
import org.dronecoalition.application.EvaluationService;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.award.DecisionStatus;
import org.dronecoalition.domain.award.Vote;
import org.dronecoalition.domain.evaluation.Ranking;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalStatus;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Criterion;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/**
 * The evaluation of one tender: the CSO judges compliance, representatives score for their
 * country (never their own country's manufacturers) and vote on the award, the CSO closes the vote.
 */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String AWARD_FORM = "evaluation";

    @Inject
    EvaluationService evaluations;

    @Inject
    AwardService awards;

    @Inject
    ProposalService proposals;

    @Inject
    CurrentActor actor;

    private String ref;
    private transient EvaluationService.Evaluation evaluation;
    private transient List<ProposalRepository.Listed> opened;
    private transient AwardService.Outcome award;
    private final Map<Long, Map<String, Integer>> points = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Integer> awardQuantities = new HashMap<>();
    private final Map<Long, Integer> pilotQuantities = new HashMap<>();
    private String deviationReason;

    public void load() {
        try {
            evaluation = evaluations.evaluation(actor.get(), ref);
            opened = new ArrayList<>(proposals.list(actor.get(), ref, new PageRequest(0, PageRequest.MAX_SIZE))
                    .items());
            var country = actor.get().country();
            for (Ranking.Entry e : evaluation.ranking()) {
                Map<String, Integer> mine = country == null ? Map.of()
                        : e.points().getOrDefault(country.value(), Map.of());
                points.put(e.proposal().getId(), new HashMap<>(mine));
            }
            try {
                award = awards.get(actor.get(), ref);
            } catch (UnknownEntityException e) {
                award = null;
            }
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void judge(ProposalRepository.Listed l, boolean compliant) {
        act(() -> evaluations.judge(actor.get(), ref, l.proposal().getId(), l.proposal().getVersion(), compliant,
                reasons.get(l.proposal().getId())), "Recorded the finding on proposal " + l.proposal().getId());
    }

    public void score(Ranking.Entry e) {
        List<EvaluationService.Points> given = new ArrayList<>();
        points.getOrDefault(e.proposal().getId(), Map.of()).forEach((criterion, value) -> {
            if (value != null) {
                given.add(new EvaluationService.Points(criterion, value, null));
            }
        });
        act(() -> evaluations.score(actor.get(), ref, e.proposal().getId(), given),
                "Saved your country's scores for proposal " + e.proposal().getId());
    }

    /** Puts to the vote the rows given a quantity; the domain checks the offer, quantity and budget. */
    public void proposeAward() {
        List<AwardService.Line> lines = new ArrayList<>();
        awardQuantities.forEach((proposal, quantity) -> {
            if (quantity != null && quantity > 0) {
                Integer pilot = pilotQuantities.get(proposal);
                lines.add(new AwardService.Line(proposal, quantity, pilot == null ? 0 : pilot));
            }
        });
        try {
            awards.propose(actor.get(), ref, lines, deviationReason);
            Messages.addGlobalInfo("The award is put to the member countries' vote");
        } catch (DomainException e) {
            FacesErrors.show(AWARD_FORM, e);
        }
        load();
    }

    public void vote(Vote vote) {
        act(() -> awards.vote(actor.get(), ref, vote), "Your country's vote: " + vote);
    }

    public void closeVote() {
        act(() -> awards.close(actor.get(), ref), "The vote is closed");
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            Messages.addGlobalInfo(done);
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
        load();
    }

    /** Whether the signed-in representative's country must stay out of scoring this proposal. */
    public boolean recused(Ranking.Entry e) {
        var country = actor.get().country();
        return country != null && evaluation.listed().get(e.proposal().getId()).manufacturer().getCountry()
                .equals(country);
    }

    public ProposalRepository.Listed listed(Ranking.Entry e) {
        return evaluation.listed().get(e.proposal().getId());
    }

    public List<Criterion> getScoredCriteria() {
        return evaluation == null ? List.of() : evaluation.tender().getCriteria().stream()
                .filter(c -> !c.isPrice()).toList();
    }

    public List<ProposalRepository.Listed> getToJudge() {
        return opened == null ? List.of() : opened.stream().filter(l -> l.proposal().getStatus() == ProposalStatus.OPENED
                || l.proposal().getStatus() == ProposalStatus.COMPLIANT
                || l.proposal().getStatus() == ProposalStatus.NON_COMPLIANT).toList();
    }

    public boolean isCso() {
        return actor.get().has(Role.CSO_ADMIN);
    }

    public boolean isRepresentative() {
        return actor.get().has(Role.MEMBER_REP);
    }

    public Vote[] getVotes() {
        return Vote.values();
    }

    public EvaluationService.Evaluation getEvaluation() {
        return evaluation;
    }

    public AwardService.Outcome getAward() {
        return award;
    }

    public Map<Long, Map<String, Integer>> getPoints() {
        return points;
    }

    public Map<Long, Integer> getAwardQuantities() {
        return awardQuantities;
    }

    public Map<Long, Integer> getPilotQuantities() {
        return pilotQuantities;
    }

    public String getDeviationReason() {
        return deviationReason;
    }

    public void setDeviationReason(String deviationReason) {
        this.deviationReason = deviationReason;
    }

    /** The CSO may propose an award while evaluating and no decision is open. */
    public boolean isAwardProposable() {
        return isCso() && evaluation != null && evaluation.tender().getStatus() == TenderStatus.EVALUATION
                && (award == null || award.decision().getStatus() != DecisionStatus.OPEN);
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
