package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.award.AwardDecision;
import org.dronecoalition.domain.award.AwardLine;
import org.dronecoalition.domain.award.AwardRepository;
import org.dronecoalition.domain.award.DecisionStatus;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.manufacturer.ManufacturerRepository;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderKind;
import org.dronecoalition.domain.order.OrderRepository;
import org.dronecoalition.domain.order.OrderStatus;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderRepository;
import org.dronecoalition.domain.testing.TestReportRepository;

/**
 * Orders: the coalition sees all, a manufacturer its own; the CSO closes or cancels them, releasing
 * what was committed and not paid.
 */
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
    ManufacturerRepository manufacturers;

    @Inject
    AuditTrail audit;

    @Inject
    TenderRepository tenders;

    @Inject
    AwardRepository awards;

    @Inject
    ProposalRepository proposals;

    @Inject
    TestReportRepository reports;

    @Inject
    Clock clock;

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

    /** The reference of the tender an order belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String tenderOf(Order order) {
        return tenders.get(order.getTenderId()).getReference();
    }

    /**
     * A larger order for a manufacturer whose pilot batch on the tender passed its tests, within
     * the quantity it was awarded, at the awarded price; its value is committed on the fund.
     */
    public Order scaleUp(Actor actor, String reference, long manufacturerId, int quantity) {
        actor.require(Role.CSO_ADMIN);
        Tender t = tenders.lock(tenders.get(reference).getId());
        AwardDecision award = awards.latest(t.getId()).filter(d -> d.getStatus() == DecisionStatus.PASSED)
                .orElseThrow(() -> new ConflictException("tender", "Tender " + reference + " has no passed award"));
        Proposal p = proposals.of(t.getId(), manufacturerId).orElseThrow(() -> new InvalidInputException(
                "manufacturerId", "manufacturer " + manufacturerId + " made no proposal on " + reference));
        AwardLine line = award.getLines().stream().filter(l -> l.getProposalId() == p.getId()).findFirst()
                .orElseThrow(() -> new ConflictException("manufacturerId", "manufacturer " + manufacturerId
                        + " was not awarded " + reference));
        if (!reports.pilotPassed(t.getId(), manufacturerId)) {
            throw new ConflictException("manufacturerId", "A scale-up order needs a PASSED test report on a pilot "
                    + "order of manufacturer " + manufacturerId + " on " + reference + "; there is none");
        }
        long room = line.getQuantity() - orders.ordered(t.getId(), manufacturerId);
        if (quantity > room) {
            throw new ConflictException("quantity", "Manufacturer " + manufacturerId + " was awarded "
                    + line.getQuantity() + " drones on " + reference + "; " + room + " are left to order");
        }
        treasury.hold(t.getFundId());
        Order o = new Order(t.getId(), p.getId(), manufacturerId, t.getFundId(), OrderKind.SCALE_UP, quantity,
                line.getUnitPrice(), actor.username(), clock.instant());
        o.attribute(ledger.receivedByMember(t.getFundId()));
        orders.add(o);
        treasury.commit(actor, t.getFundId(), o.value(), o.reference());
        audit.record(actor, AGGREGATE, o.getId(), "PLACED", "SCALE_UP " + quantity + " at " + o.getUnitPrice()
                + " on " + reference);
        return o;
    }

    /** The manufacturer (its own order) or the CSO reports that production has started. */
    public Order startProduction(Actor actor, long id, long version) {
        actor.require(Role.CSO_ADMIN, Role.MANUFACTURER);
        Order o = locked(actor, id, version);
        if (actor.has(Role.MANUFACTURER)) {
            manufacturers.get(o.getManufacturerId()).requireInGoodStanding("start production");
        }
        o.startProduction();
        orders.flush();
        audit.record(actor, AGGREGATE, id, "IN_PRODUCTION", null);
        return o;
    }

    /**
     * The CSO closes a delivered order, or a partly delivered one with the reason the rest is not
     * coming; what was committed and not paid is released in the same transaction.
     */
    public Order close(Actor actor, long id, long version, String reason) {
        actor.require(Role.CSO_ADMIN);
        Order o = locked(actor, id, version);
        o.close(reason);
        orders.flush();
        Money released = releaseUnpaid(actor, o);
        audit.record(actor, AGGREGATE, id, "CLOSED", (o.getStatusReason() == null ? "" : o.getStatusReason() + "; ")
                + "released " + released);
        return o;
    }

    /** Cancels what remains of the order and releases its commitment, less what was already paid. */
    public Order cancel(Actor actor, long id, long version, String reason) {
        actor.require(Role.CSO_ADMIN);
        Order o = locked(actor, id, version);
        o.cancel(reason);
        orders.flush();
        Money released = releaseUnpaid(actor, o);
        audit.record(actor, AGGREGATE, id, "CANCELLED", reason + "; released " + released);
        return o;
    }

    /** What each order has on its fund's ledger, in one query for all of them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, FundBalance> money(Collection<Order> list) {
        Map<String, FundBalance> byReference = ledger.balances(
                list.stream().map(Order::getFundId).collect(Collectors.toSet()),
                list.stream().map(Order::reference).toList());
        return list.stream().collect(Collectors.toMap(Order::getId,
                o -> byReference.getOrDefault(o.reference(), FundBalance.EMPTY)));
    }

    private Order locked(Actor actor, long id, long version) {
        get(actor, id);
        Order o = orders.lock(id);
        if (o.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, id, version, o.getVersion());
        }
        return o;
    }

    private Money releaseUnpaid(Actor actor, Order o) {
        Money outstanding = ledger.balance(o.getFundId(), o.reference()).outstanding();
        if (outstanding.amount().signum() > 0) {
            treasury.release(actor, o.getFundId(), outstanding, o.reference());
        }
        return outstanding;
    }
}
