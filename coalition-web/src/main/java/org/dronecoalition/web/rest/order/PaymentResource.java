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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dronecoalition.application.PaymentService;
import org.dronecoalition.domain.order.OrderPayment;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("orders/{id}/payments")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService payments;

    @Inject
    CurrentActor actor;

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "payOrder", summary = "Record a payment to the manufacturer against the order (CSO). "
            + "Never more than what is committed and unpaid on it (409 naming that amount); not on a CLOSED or "
            + "CANCELLED order. Safe to retry with an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Paid (or, on a retry with the same key, the first result)",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    public Response pay(@PathParam("id") long id,
            @HeaderParam("Idempotency-Key") @Parameter(description = "Makes a retry return the first result")
            String key, @NotNull @Valid NewPayment body, @Context UriInfo uri) {
        OrderPayment p = payments.pay(actor.get(), key, id, Money.positive("amount", body.amount, body.currency),
                body.paidOn, body.invoiceReference);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.getId())).build())
                .entity(PaymentView.of(p)).build();
    }

    @GET
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "listOrderPayments", summary = "The payments on an order, by the day paid")
    @APIResponse(responseCode = "200", description = "A page of payments")
    public PageView<PaymentView> list(@PathParam("id") long id,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(payments.payments(actor.get(), id, QueryParams.page(page, size)), PaymentView::of);
    }

    @GET
    @Path("{paymentId}")
    @Allowed({CSO_ADMIN, MEMBER_REP, TEST_OFFICER, MANUFACTURER})
    @Operation(operationId = "getOrderPayment", summary = "One payment on an order")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    public PaymentView get(@PathParam("id") long id, @PathParam("paymentId") long paymentId) {
        return PaymentView.of(payments.payment(actor.get(), id, paymentId));
    }
}
