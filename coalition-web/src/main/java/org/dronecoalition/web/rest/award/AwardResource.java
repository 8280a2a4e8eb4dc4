package org.dronecoalition.web.rest.award;

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
import jakarta.ws.rs.core.Response;
import org.dronecoalition.application.AwardService;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("tenders/{ref}/award")
@Tag(name = "Award", description = "The award decision and the member countries' vote")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    @Inject
    AwardService awards;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "getAward", summary = "The latest award decision: with votes and count for the CSO "
            + "and member representatives; a passed award for everyone")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = AwardView.class)))
    public AwardView get(@PathParam("ref") String ref) {
        return AwardView.of(awards.get(actor.get(), ref));
    }

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "proposeAward", summary = "Put an award to the vote (CSO): quantities within each offer, "
            + "the tender's quantity and its budget ceiling; every opened proposal judged first; passing over a "
            + "better-ranked proposal only with a deviationReason")
    @APIResponse(responseCode = "201", description = "Open for voting",
            content = @Content(schema = @Schema(implementation = AwardView.class)))
    public Response propose(@PathParam("ref") String ref, @NotNull @Valid AwardProposal body) {
        AwardView view = AwardView.of(awards.propose(actor.get(), ref, body.lines.stream()
                .map(l -> new AwardService.Line(l.proposalId, l.quantity, l.pilotQuantity)).toList(),
                body.deviationReason));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @PUT
    @Path("vote")
    @Allowed({MEMBER_REP})
    @Operation(operationId = "voteOnAward", summary = "Your country's vote (member representative), which you may "
            + "change until the decision closes")
    @APIResponse(responseCode = "200", description = "The decision with the count",
            content = @Content(schema = @Schema(implementation = AwardView.class)))
    public AwardView vote(@PathParam("ref") String ref, @NotNull @Valid Ballot body) {
        return AwardView.of(awards.vote(actor.get(), ref, body.vote));
    }

    @POST
    @Path("closing")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "closeAward", summary = "Count the votes (CSO). Passed: the tender is AWARDED and the "
            + "pilot orders are placed, committing their value on the fund (409 naming the available money if it "
            + "is short); failed: back to the CSO")
    @APIResponse(responseCode = "200", description = "The closed decision and the orders placed",
            content = @Content(schema = @Schema(implementation = AwardView.class)))
    public AwardView close(@PathParam("ref") String ref) {
        return AwardView.of(awards.close(actor.get(), ref));
    }
}
