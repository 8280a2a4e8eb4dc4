package org.dronecoalition.web.rest.order;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MANUFACTURER;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;
import static org.dronecoalition.domain.account.Role.TEST_OFFICER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.dronecoalition.application.OrderService;
import org.dronecoalition.application.TestReportService;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderStatus;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.web.rest.Allowed;
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
@Path("orders")
@Tag(name = "Orders", description = "Pilot and scale-up orders placed by award decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderService orders;

    @Inject
    TestReportService reports;

    @Inject
    CurrentActor actor;

    @GET
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "listOrders", summary = "Orders, newest first: all for the coalition, its own for a "
            + "manufacturer; filter by status")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public PageView<OrderView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = OrderStatus.class)) String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Page<Order> found = orders.list(actor.get(), QueryParams.enumValue("status", OrderStatus.class, status),
                QueryParams.page(page, size));
        Map<Long, FundBalance> money = orders.money(found.items());
        return PageView.of(found, o -> OrderView.of(o, money.get(o.getId())));
    }

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "placeScaleUpOrder", summary = "Place a SCALE_UP order (CSO) for an awarded manufacturer "
            + "within its awarded quantity; needs a PASSED test report on its pilot order (409 naming it otherwise) "
            + "and money available on the fund (409 naming the available amount otherwise)")
    @APIResponse(responseCode = "201", description = "Placed and committed",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response scaleUp(@NotNull @Valid ScaleUp body, @Context UriInfo uri) {
        OrderView o = OrderView.placed(orders.scaleUp(actor.get(), body.tender, body.manufacturerId, body.quantity));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(o.id())).build()).entity(o).build();
    }

    @GET
    @Path("{id}/test-reports")
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "listTestReports", summary = "The test reports on an order, oldest first")
    @APIResponse(responseCode = "200", description = "Reports",
            content = @Content(schema = @Schema(implementation = TestReportView.class, type = SchemaType.ARRAY)))
    public List<TestReportView> reports(@PathParam("id") long id) {
        return reports.list(actor.get(), id).stream().map(TestReportView::of).toList();
    }

    @POST
    @Path("{id}/test-reports")
    @Allowed({TEST_OFFICER})
    @Operation(operationId = "recordTestReport", summary = "Record a test report on a pilot order (test officer)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = TestReportView.class)))
    public Response report(@PathParam("id") long id, @NotNull @Valid TestFindings body) {
        TestReportView r = TestReportView.of(reports.record(actor.get(), id, new TestReportService.Findings(
                body.unitsTested, body.missionSuccessRate, body.rangeKm, body.ewResistance, body.notes,
                body.verdict)));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @GET
    @Path("{id}")
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "getOrder", summary = "One order")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    public OrderView get(@PathParam("id") long id) {
        return view(orders.get(actor.get(), id));
    }

    @POST
    @Path("{id}/production")
    @Allowed({CSO_ADMIN, MANUFACTURER})
    @Operation(operationId = "startProduction", summary = "Report that production has started (the order's "
            + "manufacturer or the CSO): PLACED to IN_PRODUCTION")
    @APIResponse(responseCode = "200", description = "In production",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    public OrderView startProduction(@PathParam("id") long id, @NotNull @Valid OrderStep body) {
        return view(orders.startProduction(actor.get(), id, body.version));
    }

    @POST
    @Path("{id}/closing")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "closeOrder", summary = "Close a DELIVERED order, or a PARTIALLY_DELIVERED one with the "
            + "reason the rest is not coming (CSO); what was committed and not paid is released on the fund")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    public OrderView close(@PathParam("id") long id, @NotNull @Valid Closing body) {
        return view(orders.close(actor.get(), id, body.version, body.reason));
    }

    @POST
    @Path("{id}/cancellation")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "cancelOrder", summary = "Cancel what remains of an order: all of it before any "
            + "delivery, the undelivered rest of a PARTIALLY_DELIVERED one (CSO); what was committed and not paid is "
            + "released on the fund")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    public OrderView cancel(@PathParam("id") long id, @NotNull @Valid Cancellation body) {
        return view(orders.cancel(actor.get(), id, body.version, body.reason));
    }

    private OrderView view(Order o) {
        return OrderView.of(o, orders.money(List.of(o)).get(o.getId()));
    }
}
