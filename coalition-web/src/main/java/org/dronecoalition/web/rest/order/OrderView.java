package org.dronecoalition.web.rest.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderKind;
import org.dronecoalition.domain.order.OrderStatus;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Order", description = "An order of drones; its value is committed on the fund's ledger under "
        + "its reference (ORDER-id), payments draw on that commitment and closing or cancelling releases what "
        + "was not paid: outstanding = committed - released - paid. memberShares credits its drones to the "
        + "member countries in proportion to what each had paid into the fund when the order was committed")
public record OrderView(long id, String reference, long tenderId, long proposalId, long manufacturerId, long fundId,
        OrderKind kind, int quantity, Money unitPrice, Money value, String currency, OrderStatus status,
        String statusReason, OffsetDateTime placedAt, Map<String, BigDecimal> memberShares, Money committed,
        Money released, Money paid, Money outstanding, long version) {

    /** The order with what its reference holds on the fund's ledger. */
    public static OrderView of(Order o, FundBalance money) {
        return new OrderView(o.getId(), o.reference(), o.getTenderId(), o.getProposalId(), o.getManufacturerId(),
                o.getFundId(), o.getKind(), o.getQuantity(), o.getUnitPrice(), o.value(), "EUR",
                o.getStatus(), o.getStatusReason(), o.getPlacedAt(), o.getShares(), money.committed(),
                money.released(), money.paid(), money.outstanding(), o.getVersion());
    }

    /** An order just placed: its whole value committed, nothing paid. */
    public static OrderView placed(Order o) {
        return of(o, new FundBalance(Money.ZERO, o.value(), Money.ZERO, Money.ZERO));
    }
}
