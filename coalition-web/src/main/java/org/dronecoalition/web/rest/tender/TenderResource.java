package org.dronecoalition.web.rest.tender;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MANUFACTURER;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dronecoalition.application.ClarificationService;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.application.TenderService;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.tender.Clarification;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.web.answers.KeptAnswer;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.rest.proposal.Offer;
import org.dronecoalition.web.rest.proposal.ProposalView;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("tenders")
@Tag(name = "Tenders", description = "Calls for proposals, clarification questions and the proposals on them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenderResource {

    @Inject
    TenderService tenders;

    @Inject
    ClarificationService clarifications;

    @Inject
    ProposalService proposals;

    @Inject
    CurrentActor actor;

    @GET
    @KeptAnswer
    @Operation(operationId = "listTenders", summary = "Published tenders with days to deadline, latest deadline "
            + "first (public); the CSO also sees drafts")
    @APIResponse(responseCode = "200", description = "A page of tenders")
    public PageView<TenderView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = TenderStatus.class)) String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(tenders.list(actor.get(), QueryParams.enumValue("status", TenderStatus.class, status),
                QueryParams.page(page, size)), TenderView::of);
    }

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "draftTender", summary = "Draft a tender (CSO); the same reference twice: 409")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = TenderView.class)))
    public Response draft(@NotNull @Valid TenderDraft body, @Context UriInfo uri) {
        TenderView t = TenderView.of(tenders.draft(actor.get(), body.reference, body.terms()));
        return Response.created(uri.getAbsolutePathBuilder().path(t.reference()).build()).entity(t).build();
    }

    @GET
    @KeptAnswer
    @Path("{ref}")
    @Operation(operationId = "getTender", summary = "One tender (public; a draft for the CSO only)")
    @APIResponse(responseCode = "200", description = "The tender",
            content = @Content(schema = @Schema(implementation = TenderView.class)))
    public TenderView get(@PathParam("ref") String ref) {
        return TenderView.of(tenders.get(actor.get(), ref));
    }

    @PUT
    @Path("{ref}")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "editTender", summary = "Rewrite a draft's terms (CSO); a published tender: 409")
    @APIResponse(responseCode = "200", description = "The edited draft",
            content = @Content(schema = @Schema(implementation = TenderView.class)))
    public TenderView edit(@PathParam("ref") String ref, @NotNull @Valid TenderDraft body) {
        if (body.version == null) {
            throw new InvalidInputException("version", "version is required: send the version you read");
        }
        return TenderView.of(tenders.edit(actor.get(), ref, body.version, body.terms()));
    }

    @POST
    @Path("{ref}/publication")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "publishTender", summary = "Publish a draft (CSO) after checking weights, deadlines "
            + "in the future and in order, quantity and budget")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = TenderView.class)))
    public TenderView publish(@PathParam("ref") String ref, @NotNull @Valid TenderDecision body) {
        return TenderView.of(tenders.publish(actor.get(), ref, body.version));
    }

    @POST
    @Path("{ref}/cancellation")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "cancelTender", summary = "Cancel a tender that is still open, with a reason (CSO)")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = TenderView.class)))
    public TenderView cancel(@PathParam("ref") String ref, @NotNull @Valid TenderDecision body) {
        return TenderView.of(tenders.cancel(actor.get(), ref, body.version, body.reason));
    }

    @POST
    @Path("{ref}/failure")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "declareTenderUnsuccessful", summary = "End a tender without an award after its award "
            + "vote failed, with a public reason (CSO). A tender nobody bid on, or with no compliant proposal, "
            + "becomes UNSUCCESSFUL by itself")
    @APIResponse(responseCode = "200", description = "Unsuccessful",
            content = @Content(schema = @Schema(implementation = TenderView.class)))
    public TenderView declareUnsuccessful(@PathParam("ref") String ref, @NotNull @Valid TenderDecision body) {
        return TenderView.of(tenders.declareUnsuccessful(actor.get(), ref, body.version, body.reason));
    }

    @GET
    @Path("{ref}/clarifications")
    @Operation(operationId = "listClarifications", summary = "Answered questions (public, asker not named); the "
            + "CSO also sees open ones, a manufacturer its own")
    @APIResponse(responseCode = "200", description = "A page of clarifications")
    public PageView<ClarificationView> clarifications(@PathParam("ref") String ref,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Actor reader = actor.get();
        return PageView.of(clarifications.list(reader, ref, QueryParams.page(page, size)),
                c -> ClarificationView.of(c, reader));
    }

    @POST
    @Path("{ref}/clarifications")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "askQuestion", summary = "Ask a question before the clarification deadline "
            + "(manufacturer); after it: 409 naming the deadline")
    @APIResponse(responseCode = "201", description = "Asked",
            content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    public Response ask(@PathParam("ref") String ref, @NotNull @Valid Question body, @Context UriInfo uri) {
        Actor asker = actor.get();
        Clarification c = clarifications.ask(asker, ref, body.question);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.getId())).build())
                .entity(ClarificationView.of(c, asker)).build();
    }

    @POST
    @Path("{ref}/clarifications/{id}/answer")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "answerQuestion", summary = "Answer a question; the answer is public (CSO)")
    @APIResponse(responseCode = "200", description = "Answered",
            content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    public ClarificationView answer(@PathParam("ref") String ref, @PathParam("id") long id,
            @NotNull @Valid Answer body) {
        Actor cso = actor.get();
        return ClarificationView.of(clarifications.answer(cso, ref, id, body.version, body.answer), cso);
    }

    @GET
    @Path("{ref}/proposals")
    @Allowed({CSO_ADMIN, MEMBER_REP, MANUFACTURER})
    @Operation(operationId = "listTenderProposals", summary = "The proposals you may see: a manufacturer its own; "
            + "the CSO and member representatives the submitted ones once the deadline has passed, none before")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    public PageView<ProposalView> proposals(@PathParam("ref") String ref,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Actor reader = actor.get();
        return PageView.of(proposals.list(reader, ref, QueryParams.page(page, size)),
                l -> ProposalView.of(l, reader.worksFor(l.proposal().getManufacturerId())));
    }

    @POST
    @Path("{ref}/proposals")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "draftProposal", summary = "Start your company's proposal (verified manufacturer from "
            + "an eligible country, before the deadline); one per company and tender")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public Response draftProposal(@PathParam("ref") String ref, @NotNull @Valid Offer body, @Context UriInfo uri) {
        ProposalView p = ProposalView.of(proposals.create(actor.get(), ref, body.terms()));
        return Response.created(uri.getBaseUriBuilder().path("proposals").path(String.valueOf(p.id())).build())
                .entity(p).build();
    }
}
