package org.dronecoalition.web.rest.fund;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.web.answers.KeptAnswer;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.Csv;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("funds")
@Tag(name = "Funds", description = "Joint funds, their balances and their append-only ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    FundService funds;

    @Inject
    CurrentActor actor;

    @GET
    @KeptAnswer
    @Operation(operationId = "listFunds", summary = "List funds (public)")
    @APIResponse(responseCode = "200", description = "A page of funds")
    public PageView<FundView> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(funds.list(QueryParams.page(page, size)), FundView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFund", summary = "One fund")
    @APIResponse(responseCode = "200", description = "The fund",
            content = @Content(schema = @Schema(implementation = FundView.class)))
    public FundView get(@PathParam("id") long id) {
        return FundView.of(funds.get(id));
    }

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "createFund", summary = "Create a fund (CSO); the currency is always EUR")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = FundView.class)))
    public Response create(@NotNull @Valid FundDescription body, @Context UriInfo uri) {
        var fund = funds.create(actor.get(), body.charter());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(fund.getId())).build())
                .entity(FundView.of(fund)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "describeFund", summary = "Change a fund's name, purpose, governing document or target "
            + "(CSO)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = FundView.class)))
    public FundView describe(@PathParam("id") long id, @NotNull @Valid FundDescription body) {
        if (body.version == null) {
            throw new InvalidInputException("version", "version is required when updating a fund");
        }
        return FundView.of(funds.describe(actor.get(), id, body.version, body.charter()));
    }

    @GET
    @KeptAnswer
    @Path("{id}/balance")
    @Operation(operationId = "getFundBalance",
            summary = "Pledged, received, committed, released, paid and available money, also per member country")
    @APIResponse(responseCode = "200", description = "The balance",
            content = @Content(schema = @Schema(implementation = BalanceView.class)))
    public BalanceView balance(@PathParam("id") long id) {
        return BalanceView.of(funds.overview(id));
    }

    @GET
    @Path("{id}/members.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportFundMembers", summary = "Each member country's part of the fund as CSV: pledged, "
            + "received, and its attributed committed, released, paid and available money")
    @APIResponse(responseCode = "200", description = "CSV, one member country a line",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response membersCsv(@PathParam("id") long id) {
        FundService.FundOverview overview = funds.overview(id);
        StringBuilder csv = new StringBuilder(Csv.row("memberCode", "pledged", "received", "committed", "released",
                "paid", "available", "currency"));
        for (FundService.MemberPart m : overview.members()) {
            csv.append(Csv.row(m.memberCode(), m.pledged().amount(), m.part().received().amount(),
                    m.part().committed().amount(), m.part().released().amount(), m.part().paid().amount(),
                    m.part().available().amount(), "EUR"));
        }
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"fund-" + id
                + "-members.csv\"").build();
    }

    @GET
    @KeptAnswer
    @Path("{id}/ledger")
    @Operation(operationId = "listLedger", summary = "The fund's ledger, oldest first; filter by type, member "
            + "country and date range (from and to inclusive, UTC)")
    @APIResponse(responseCode = "200", description = "A page of ledger entries")
    public PageView<LedgerEntryView> ledger(@PathParam("id") long id,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = EntryType.class)) String type,
            @QueryParam("member") @Parameter(example = "LV") String member,
            @QueryParam("from") @Parameter(example = "2024-07-01", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) String from,
            @QueryParam("to") @Parameter(example = "2024-12-31", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("after") @Parameter(description = "The 'next' of the page before: a deep page read as "
                    + "fast as the first (instead of page)") String after) {
        return PageView.of(funds.ledger(id, filter(type, member, from, to), QueryParams.page(page, size, after)),
                LedgerEntryView::of);
    }

    @GET
    @Path("{id}/ledger.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportLedger", summary = "The fund's ledger as CSV, with the same filters")
    @APIResponse(responseCode = "200", description = "CSV, one entry a line",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response ledgerCsv(@PathParam("id") long id,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = EntryType.class)) String type,
            @QueryParam("member") String member,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        Ledger.Filter filter = filter(type, member, from, to);
        funds.get(id);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Csv.row("id", "recordedAt", "type", "amount", "currency", "memberCode", "contributionId",
                    "reference", "correctsId", "recordedBy"));
            Page<LedgerEntry> page;
            int number = 0;
            do {
                page = funds.ledger(id, filter, new PageRequest(number++, PageRequest.MAX_SIZE));
                for (LedgerEntry e : page.items()) {
                    writer.write(Csv.row(e.getId(), e.getRecordedAt(), e.getType(), e.getAmount().amount(), "EUR",
                            e.getMemberCode(), e.getContributionId(), e.getReference(), e.getCorrectsId(),
                            e.getRecordedBy()));
                }
            } while (number < page.totalPages());
            writer.flush();
        };
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"fund-" + id + "-ledger.csv\"")
                .build();
    }

    @POST
    @Path("{id}/ledger")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "recordLedgerEntry", summary = "Record a commitment, release or payment (CSO). "
            + "A commitment beyond the available money is refused with 409 naming the available amount. "
            + "Safe to retry with an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded (or, on a retry with the same key, the first result)",
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    public Response record(@PathParam("id") long id,
            @HeaderParam(IDEMPOTENCY_KEY) @Parameter(description = "Makes a retry return the first result")
            String key, @NotNull @Valid NewLedgerEntry body, @Context UriInfo uri) {
        LedgerEntry entry = funds.record(actor.get(), key, id, body.type,
                Money.positive("amount", body.amount, body.currency), body.reference);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.getId())).build())
                .entity(LedgerEntryView.of(entry)).build();
    }

    @GET
    @Path("{id}/ledger/{entryId}")
    @Operation(operationId = "getLedgerEntry", summary = "One ledger entry")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = LedgerEntryView.class)))
    public LedgerEntryView entry(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        LedgerEntry entry = funds.entry(entryId);
        if (entry.getFundId() != id) {
            throw new UnknownEntityException("Ledger entry", entryId);
        }
        return LedgerEntryView.of(entry);
    }

    private static Ledger.Filter filter(String type, String member, String from, String to) {
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        return new Ledger.Filter(QueryParams.enumValue("type", EntryType.class, type),
                member == null || member.isBlank() ? null : CountryCode.of(member).value(),
                fromDate == null ? null : fromDate.atStartOfDay().atOffset(ZoneOffset.UTC),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
