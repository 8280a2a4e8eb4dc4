package org.dronecoalition.web.rest.delivery;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dronecoalition.application.DeliveryService;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.delivery.DeliveryRepository;
import org.dronecoalition.domain.delivery.DeliverySource;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.web.answers.KeptAnswer;
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
@Path("deliveries")
@Tag(name = "Deliveries", description = "Drones shipped to Ukraine and received there")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    DeliveryService deliveries;

    @Inject
    CurrentActor actor;

    @GET
    @KeptAnswer
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "listDeliveries", summary = "Deliveries, latest shipment first: all for the coalition, "
            + "those of its own orders for a manufacturer; filter by source, donor country and month of shipment")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public PageView<DeliveryView> list(
            @QueryParam("source") @Parameter(schema = @Schema(implementation = DeliverySource.class)) String source,
            @QueryParam("member") @Parameter(description = "The donor of a donation in kind", example = "LV")
            String member,
            @QueryParam("month") @Parameter(description = "Shipped in this month", example = "2025-03",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")) String month,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("after") @Parameter(description = "The 'next' of the page before: a deep page read as "
                    + "fast as the first (instead of page)") String after) {
        var filter = new DeliveryRepository.Filter(QueryParams.enumValue("source", DeliverySource.class, source),
                member == null || member.isBlank() ? null : CountryCode.of("member", member).value(),
                QueryParams.month("month", month), null);
        return PageView.of(deliveries.list(actor.get(), filter, QueryParams.page(page, size, after)), DeliveryView::of);
    }

    @GET
    @KeptAnswer
    @Path("{id}")
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "getDelivery", summary = "One delivery: any for the coalition's staff, those of its "
            + "own orders for a manufacturer")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView get(@PathParam("id") long id) {
        return DeliveryView.of(deliveries.get(actor.get(), id));
    }

    @POST
    @Allowed({CSO_ADMIN, MEMBER_REP, MANUFACTURER})
    @Operation(operationId = "recordShipment", summary = "Record a shipment: of an order (its manufacturer or the "
            + "CSO; never more than ordered, 409 otherwise) or a donation in kind (the donor's representative or "
            + "the CSO)")
    @APIResponse(responseCode = "201", description = "Shipped",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response ship(@NotNull @Valid Shipment body) {
        Delivery d;
        if (body.source == DeliverySource.ORDER) {
            if (body.orderId == null) {
                throw new InvalidInputException("orderId", "orderId is required for a delivery from an order");
            }
            d = deliveries.ship(actor.get(), body.orderId, body.quantity, body.shippedOn, body.destination);
        } else {
            if (body.category == null) {
                throw new InvalidInputException("category", "category is required for a donation in kind");
            }
            d = deliveries.donate(actor.get(), CountryCode.of("memberCode", body.memberCode), body.category,
                    body.quantity, body.shippedOn, body.destination);
        }
        return Response.status(Response.Status.CREATED).entity(DeliveryView.of(d)).build();
    }

    @POST
    @Path("{id}/receipt")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "receiveDelivery", summary = "Record what arrived in Ukraine (CSO); the order moves to "
            + "PARTIALLY_DELIVERED or DELIVERED by itself")
    @APIResponse(responseCode = "200", description = "Received",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView receive(@PathParam("id") long id, @NotNull @Valid ReceiptInUkraine body) {
        return DeliveryView.of(deliveries.receive(actor.get(), id, body.version, body.accepted, body.rejected));
    }
}
