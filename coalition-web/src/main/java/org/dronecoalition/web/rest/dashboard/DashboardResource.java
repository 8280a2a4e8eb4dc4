package org.dronecoalition.web.rest.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dronecoalition.application.DashboardService;
import org.dronecoalition.domain.figures.DroneFigures;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.web.answers.KeptAnswer;
import org.dronecoalition.web.rest.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("dashboard")
@Tag(name = "Dashboard", description = "Aggregate figures of the coalition (public)")
public class DashboardResource {

    @Inject
    DashboardService dashboard;

    @GET
    @KeptAnswer
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboard", summary = "The figures of the home page (public)")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    public DashboardView get() {
        return DashboardView.of(dashboard.figures());
    }

    @GET
    @KeptAnswer
    @Path("{table}.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportDashboardTable", summary = "One table of the dashboard as CSV")
    @APIResponse(responseCode = "200", description = "CSV with a header line",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response csv(@PathParam("table") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {
        "funds", "countries", "drones-by-category", "drones-by-manufacturer", "drones-by-month", "country-shares",
        "open-tenders"})) String table) {
        DashboardService.Figures f = dashboard.figures();
        DashboardView v = DashboardView.of(f);
        Stream<String> rows = switch (table) {
            case "funds" -> Stream.concat(Stream.of(Csv.row("fund", "pledged", "received", "committed", "paid",
                    "available")), v.funds().stream().map(x -> Csv.row(x.name(), x.pledged(), x.received(),
                    x.committed(), x.paid(), x.available())));
            case "countries" -> Stream.concat(Stream.of(Csv.row("country", "pledged", "received")),
                    v.countries().stream().map(x -> Csv.row(x.country(), x.pledged(), x.received())));
            case "drones-by-category" -> counts("category", f.byCategory());
            case "drones-by-manufacturer" -> counts("manufacturer", f.byManufacturer());
            case "drones-by-month" -> counts("month", f.byMonth());
            case "country-shares" -> Stream.concat(Stream.of(Csv.row("country", "creditedOrdered",
                    "creditedAccepted", "donatedAccepted")), f.countryShares().stream().map(x -> Csv.row(x.country(),
                    x.creditedOrdered(), x.creditedAccepted(), x.donatedAccepted())));
            case "open-tenders" -> Stream.concat(Stream.of(Csv.row("reference", "title", "category",
                    "daysToDeadline")), f.openTenders().stream().map(x -> Csv.row(x.reference(), x.title(),
                    x.category(), x.daysToDeadline())));
            default -> throw new UnknownEntityException("Dashboard table", table);
        };
        return Response.ok(rows.collect(Collectors.joining()))
                .header("Content-Disposition", "attachment; filename=\"" + table + ".csv\"").build();
    }

    private static Stream<String> counts(String heading, List<DroneFigures.Count> counts) {
        return Stream.concat(Stream.of(Csv.row(heading, "ordered", "shipped", "accepted")),
                counts.stream().map(c -> Csv.row(c.key(), c.ordered(), c.shipped(), c.accepted())));
    }
}
