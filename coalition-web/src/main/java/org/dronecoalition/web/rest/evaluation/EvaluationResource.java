package org.dronecoalition.web.rest.evaluation;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dronecoalition.application.EvaluationService;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.proposal.ProposalView;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("tenders/{ref}/evaluation")
@Tag(name = "Evaluation", description = "Compliance, scores and the ranking of opened proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    ProposalService proposals;

    @Inject
    CurrentActor actor;

    @GET
    @Allowed({CSO_ADMIN, MEMBER_REP})
    @Operation(operationId = "getEvaluation", summary = "The ranking with each country's scores (CSO and member "
            + "representatives), from the opening on")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public EvaluationView get(@PathParam("ref") String ref) {
        return EvaluationView.of(evaluations.evaluation(actor.get(), ref));
    }

    @POST
    @Path("proposals/{id}/compliance")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "judgeCompliance", summary = "Find an opened proposal COMPLIANT or NON_COMPLIANT, "
            + "with a reason (CSO); the first finding starts the evaluation")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public ProposalView judge(@PathParam("ref") String ref, @PathParam("id") long id,
            @NotNull @Valid Compliance body) {
        evaluations.judge(actor.get(), ref, id, body.version, body.compliant, body.reason);
        return ProposalView.of(proposals.get(actor.get(), id));
    }

    @PUT
    @Path("proposals/{id}/scores")
    @Allowed({MEMBER_REP})
    @Operation(operationId = "scoreProposal", summary = "Give your country's points (0 to 10) for a compliant "
            + "proposal (member representative); never for a manufacturer of your own country (recusal: 403)")
    @APIResponse(responseCode = "200", description = "The ranking after the scores",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public EvaluationView score(@PathParam("ref") String ref, @PathParam("id") long id,
            @NotNull @Valid ScoreSheet body) {
        evaluations.score(actor.get(), ref, id, body.scores.stream()
                .map(l -> new EvaluationService.Points(l.criterion, l.points, l.comment)).toList());
        return EvaluationView.of(evaluations.evaluation(actor.get(), ref));
    }
}
