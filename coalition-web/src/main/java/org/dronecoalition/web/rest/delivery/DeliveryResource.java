package org.dronecoalition.web.rest.delivery;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MANUFACTURER;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;
import static org.dronecoalition.domain.account.Role.TEST_OFFICER;

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
import org.dronecoalition.domain.delivery.DeliverySource;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "listDeliveries", summary = "Deliveries, latest shipment first: all for the coalition, "
            + "those of its own orders for a manufacturer")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public PageView<DeliveryView> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(deliveries.list(actor.get(), QueryParams.page(page, size)), DeliveryView::of);
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
