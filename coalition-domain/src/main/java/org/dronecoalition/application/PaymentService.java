package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderPayment;
import org.dronecoalition.domain.order.OrderRepository;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/**
 * Payments to manufacturers against their orders. Each draws on the order's commitment through
 * the fund's ledger, which refuses more than is committed and unpaid; the order's row is locked so
 * that a payment and the closing of the order come one after the other.
 */
@Stateless
public class PaymentService {

    @Inject
    OrderService orderService;

    @Inject
    OrderRepository orders;

    @Inject
    Treasury treasury;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public OrderPayment pay(Actor actor, String idempotencyKey, long orderId, Money amount, LocalDate paidOn,
            String invoiceReference) {
        actor.require(Role.CSO_ADMIN);
        long id = idempotency.once(actor, idempotencyKey, "payment:" + orderId,
                List.of(amount, String.valueOf(paidOn), String.valueOf(invoiceReference)), () -> {
                    Order o = orders.lock(orderId);
                    o.requireOpenForPayment();
                    LedgerEntry entry = treasury.pay(actor, o.getFundId(), amount, o.reference());
                    OrderPayment payment = new OrderPayment(o, entry.getId(), amount, paidOn, invoiceReference,
                            actor.username(), clock.instant());
                    orders.add(payment);
                    audit.record(actor, OrderService.AGGREGATE, orderId, "PAID", amount + " on " + paidOn
                            + " for invoice " + payment.getInvoiceReference());
                    return payment.getId();
                });
        return orders.payment(id);
    }

    /** The payments on an order, for whoever may read the order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<OrderPayment> payments(Actor actor, long orderId, PageRequest page) {
        orderService.get(actor, orderId);
        return orders.payments(orderId, page);
    }

    /** One payment on an order, for whoever may read the order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrderPayment payment(Actor actor, long orderId, long paymentId) {
        orderService.get(actor, orderId);
        OrderPayment p = orders.payment(paymentId);
        if (p == null || p.getOrderId() != orderId) {
            throw new UnknownEntityException("Payment", paymentId);
        }
        return p;
    }
}
