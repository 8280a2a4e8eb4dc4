package org.dronecoalition.web.rest.award;

import java.time.OffsetDateTime;
import java.util.List;
import org.dronecoalition.application.AwardService;
import org.dronecoalition.domain.award.AwardDecision;
import org.dronecoalition.domain.award.DecisionStatus;
import org.dronecoalition.domain.award.Tally;
import org.dronecoalition.domain.award.Vote;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.rest.order.OrderView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardDecision", description = "An award decision. A passed award is public with its count; the "
        + "CSO and member representatives also see every decision and its votes")
public record AwardView(long id, DecisionStatus status, OffsetDateTime proposedAt, OffsetDateTime closedAt,
        List<Line> lines, @Schema(description = "Why the award departs from the ranking; absent when it follows it")
        String deviationReason, List<CastVoteView> votes, TallyView tally, List<OrderView> ordersPlaced, long version) {

    @Schema(name = "AwardLine")
    public record Line(long proposalId, String manufacturer, int quantity, int pilotQuantity, Money unitPrice,
            Money value) {
    }

    @Schema(name = "CastVote")
    public record CastVoteView(String country, Vote vote, OffsetDateTime votedAt) {
    }

    @Schema(name = "Tally", description = "Passes with more than half of the member countries voting and more "
            + "approvals than rejections")
    public record TallyView(int approvals, int rejections, int abstentions, int voted, long memberCountries,
            boolean quorate, boolean passes) {
    }

    public static AwardView of(AwardService.Outcome o) {
        AwardDecision d = o.decision();
        Tally t = o.tally();
        return new AwardView(d.getId(), d.getStatus(), d.getProposedAt(), d.getClosedAt(),
                d.getLines().stream().map(l -> new Line(l.getProposalId(), o.makers().get(l.getProposalId()),
                        l.getQuantity(), l.getPilotQuantity(), l.getUnitPrice(), l.value())).toList(),
                d.getDeviationReason(),
                !o.votesShown() ? null : d.getVotes().stream()
                        .map(v -> new CastVoteView(v.getMemberCode(), v.getVote(), v.getVotedAt())).toList(),
                t == null ? null : new TallyView(t.approvals(), t.rejections(), t.abstentions(), t.voted(),
                        t.memberCountries(), t.quorate(), t.passes()),
                o.orders().stream().map(OrderView::placed).toList(), d.getVersion());
    }
}
