package org.dronecoalition.web.rest.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dronecoalition.application.EvaluationService;
import org.dronecoalition.domain.evaluation.Ranking;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalStatus;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation", description = "The ranking of a tender's compliant proposals: weighted mean over the "
        + "scoring countries, each country's points and total, the price scored by formula")
public record EvaluationView(String tender, String status, long proposalsToJudge, List<Ranked> ranking) {

    @Schema(name = "RankedProposal")
    public record Ranked(int rank, long proposalId, String manufacturer, String manufacturerCountry,
            ProposalStatus status, Money unitPrice, int quantity, BigDecimal priceScore, BigDecimal score,
            Map<String, Map<String, Integer>> points, Map<String, BigDecimal> countryTotals) {
    }

    static EvaluationView of(EvaluationService.Evaluation e) {
        return new EvaluationView(e.tender().getReference(), e.tender().getStatus().name(), e.unjudged(),
                e.ranking().stream().map(r -> ranked(r, e.listed().get(r.proposal().getId()))).toList());
    }

    private static Ranked ranked(Ranking.Entry r, ProposalRepository.Listed l) {
        var offer = l.counted().terms();
        return new Ranked(r.rank(), l.proposal().getId(), l.manufacturer().getLegalName(),
                l.manufacturer().getCountry().value(), l.proposal().getStatus(), offer.unitPrice(),
                offer.quantity(), r.priceScore(), r.score(), r.points(), r.countryTotals());
    }
}
