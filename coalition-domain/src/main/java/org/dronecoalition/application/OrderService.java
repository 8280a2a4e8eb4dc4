package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderRepository;
import org.dronecoalition.domain.order.OrderStatus;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** Orders: the coalition sees all, a manufacturer its own; the CSO cancels, releasing what was not paid. */
@Stateless
public class OrderService {

    static final String AGGREGATE = "Order";

    @Inject
    OrderRepository orders;

    @Inject
    Ledger ledger;

    @Inject
    Treasury treasury;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Order> list(Actor actor, OrderStatus status, PageRequest page) {
        actor.require(Role.values());
        return orders.list(actor.has(Role.MANUFACTURER) ? actor.manufacturerId() : null, status, page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Order get(Actor actor, long id) {
        actor.require(Role.values());
        Order o = orders.get(id);
        if (actor.has(Role.MANUFACTURER) && !actor.worksFor(o.getManufacturerId())) {
            throw new UnknownEntityException(AGGREGATE, id);
        }
        return o;
    }

    /** Cancels the order and releases its commitment, less what was already paid. */
    public Order cancel(Actor actor, long id, long version, String reason) {
        actor.require(Role.CSO_ADMIN);
        Order o = orders.get(id);
        if (o.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, id, version, o.getVersion());
        }
        o.cancel(reason);
        orders.flush();
        Money outstanding = ledger.balance(o.getFundId(), o.reference()).outstanding();
        if (outstanding.amount().signum() > 0) {
            treasury.release(actor, o.getFundId(), outstanding, o.reference());
        }
        audit.record(actor, AGGREGATE, id, "CANCELLED", reason + "; released " + outstanding);
        return o;
    }
}
