package org.dronecoalition.web.rest.contribution;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.rest.fund.LedgerEntryView;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("contributions")
@Tag(name = "Contributions", description = "Pledges of member countries and the receipts against them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContributionResource {

    @Inject
    ContributionService contributions;

    @Inject
    CurrentActor actor;

    @POST
    @Allowed({CSO_ADMIN, MEMBER_REP})
    @Operation(operationId = "pledge", summary = "Pledge money to a fund: a representative for their own country, "
            + "the CSO for any. Safe to retry with an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Pledged (or, on a retry with the same key, the first result)",
            content = @Content(schema = @Schema(implementation = ContributionView.class)))
    public Response pledge(@HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retry return the "
            + "first result") String key, @NotNull @Valid NewPledge body, @Context UriInfo uri) {
        return created(uri, contributions.pledge(actor.get(), key, body.fundId, CountryCode.of("memberCode", body.memberCode),
                Money.positive("amount", body.amount, body.currency)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContribution", summary = "One contribution (public)")
    @APIResponse(responseCode = "200", description = "The contribution",
            content = @Content(schema = @Schema(implementation = ContributionView.class)))
    public ContributionView get(@PathParam("id") long id) {
        return ContributionView.of(contributions.get(id));
    }

    @GET
    @Path("{id}/receipts")
    @Operation(operationId = "listContributionReceipts", summary = "The money that arrived for a pledge, and the corrections "
            + "of it, oldest first (public)")
    @APIResponse(responseCode = "200", description = "A page of ledger entries")
    public PageView<LedgerEntryView> receipts(@PathParam("id") long id,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(contributions.receipts(id, QueryParams.page(page, size)), LedgerEntryView::of);
    }

    @PUT
    @Path("{id}")
    @Allowed({CSO_ADMIN, MEMBER_REP})
    @Operation(operationId = "changePledge", summary = "Raise or lower a pledge, never below what arrived")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = ContributionView.class)))
    public ContributionView change(@PathParam("id") long id, @NotNull @Valid PledgeChange body) {
        return ContributionView.of(contributions.repledge(actor.get(), id, body.version,
                Money.positive("pledged", body.pledged, body.currency)));
    }

    @POST
    @Path("{id}/receipts")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "recordReceipt", summary = "Record money that arrived against a pledge (CSO); "
            + "partial receipts are fine, more than outstanding is refused. Safe to retry with an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded; the contribution as it now stands",
            content = @Content(schema = @Schema(implementation = ContributionView.class)))
    public Response receive(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid Receipt body, @Context UriInfo uri) {
        return created(uri, contributions.receive(actor.get(), key, id,
                Money.positive("amount", body.amount, body.currency)));
    }

    @POST
    @Path("{id}/receipts/{entryId}/corrections")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "correctReceipt", summary = "Correct a receipt recorded wrongly (CSO): a new, "
            + "negative ledger entry that names the receipt; nothing is edited or deleted")
    @APIResponse(responseCode = "201", description = "Corrected; the contribution as it now stands",
            content = @Content(schema = @Schema(implementation = ContributionView.class)))
    public Response correct(@PathParam("id") long id, @PathParam("entryId") @Parameter(description = "The ledger "
            + "entry of the receipt") long entryId, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid Receipt body, @Context UriInfo uri) {
        return created(uri, contributions.correctReceipt(actor.get(), key, id, entryId,
                Money.positive("amount", body.amount, body.currency)));
    }

    private static Response created(UriInfo uri, Contribution c) {
        return Response.created(uri.getBaseUriBuilder().path("contributions").path(String.valueOf(c.getId())).build())
                .entity(ContributionView.of(c)).build();
    }
}
