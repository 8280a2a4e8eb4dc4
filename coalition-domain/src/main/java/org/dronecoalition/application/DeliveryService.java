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
import org.dronecoalition.domain.manufacturer.ManufacturerRepository;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.delivery.DeliveryRepository;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderRepository;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.TenderRepository;

/**
 * Shipments to Ukraine, from orders (by the manufacturer or the CSO) or donated in kind by a
 * member country; the CSO records what arrived, and the order follows by itself.
 */
@Stateless
public class DeliveryService {

    static final String AGGREGATE = "Delivery";

    @Inject
    DeliveryRepository deliveries;

    @Inject
    OrderRepository orders;

    @Inject
    TenderRepository tenders;

    @Inject
    MemberCountryRepository members;

    @Inject
    OrderService orderService;

    @Inject
    ManufacturerRepository manufacturers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Never more drones on their way or accepted than the order is for. */
    public Delivery ship(Actor actor, long orderId, int quantity, LocalDate shippedOn, String destination) {
        actor.require(Role.CSO_ADMIN, Role.MANUFACTURER);
        Order o = orders.lock(orderId);
        if (actor.has(Role.MANUFACTURER) && !actor.worksFor(o.getManufacturerId())) {
            throw new UnknownEntityException("Order", orderId);
        }
        if (actor.has(Role.MANUFACTURER)) {
            manufacturers.get(o.getManufacturerId()).requireInGoodStanding("ship");
        }
        DeliveryRepository.OrderProgress progress = deliveries.progress(orderId);
        o.requireRoomFor(quantity, progress.inTransit(), progress.accepted());
        Delivery d = Delivery.ofOrder(orderId, tenders.get(o.getTenderId()).getCategory(), quantity, shippedOn,
                destination, actor.username(), today());
        deliveries.add(d);
        audit.record(actor, AGGREGATE, d.getId(), "SHIPPED", quantity + " drones of " + o.reference());
        return d;
    }

    /** A member country's donation in kind: its representative or the CSO records it. */
    public Delivery donate(Actor actor, CountryCode donor, DroneCategory category, int quantity, LocalDate shippedOn,
            String destination) {
        actor.requireActsFor(donor);
        members.get(donor);
        Delivery d = Delivery.inKind(donor, category, quantity, shippedOn, destination, actor.username(), today());
        deliveries.add(d);
        audit.record(actor, AGGREGATE, d.getId(), "SHIPPED", quantity + " " + category + " donated by " + donor);
        return d;
    }

    public Delivery receive(Actor actor, long id, long version, int accepted, int rejected) {
        actor.require(Role.CSO_ADMIN);
        Delivery d = deliveries.get(id);
        Order o = d.getOrderId() == null ? null : orders.lock(d.getOrderId());
        if (d.getVersion() != version) {
            throw ConflictException.staleVersion(AGGREGATE, id, version, d.getVersion());
        }
        d.receive(accepted, rejected, today());
        deliveries.flush();
        if (o != null) {
            o.accepted(deliveries.progress(o.getId()).accepted());
            orders.flush();
        }
        audit.record(actor, AGGREGATE, id, "RECEIVED", accepted + " accepted, " + rejected + " rejected");
        return d;
    }

    /** One delivery: the coalition's staff read all, a manufacturer those of its own orders. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Delivery get(Actor actor, long id) {
        actor.require(Role.values());
        Delivery d = deliveries.get(id);
        if (actor.has(Role.MANUFACTURER)
                && (d.getOrderId() == null || !actor.worksFor(orders.get(d.getOrderId()).getManufacturerId()))) {
            throw new UnknownEntityException("Delivery", id);
        }
        return d;
    }

    /** An order's deliveries, for whoever may read the order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Delivery> ofOrder(Actor actor, long orderId) {
        orderService.get(actor, orderId);
        return deliveries.ofOrder(orderId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Delivery> list(Actor actor, DeliveryRepository.Filter filter, PageRequest page) {
        actor.require(Role.values());
        return deliveries.list(actor.has(Role.MANUFACTURER) ? filter.forManufacturer(actor.manufacturerId()) : filter,
                page);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
