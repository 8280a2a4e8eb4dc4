package org.dronecoalition.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.award.AwardDecision;
import org.dronecoalition.domain.award.AwardRepository;
import org.dronecoalition.domain.award.Vote;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.delivery.DeliveryRepository;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderKind;
import org.dronecoalition.domain.order.OrderRepository;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.testing.EwResistance;
import org.dronecoalition.domain.testing.TestReport;
import org.dronecoalition.domain.testing.TestReportRepository;
import org.dronecoalition.domain.testing.Verdict;
import org.dronecoalition.domain.tender.Tender;

/**
 * What followed the first FPV competition (illustrative figures): the award, a tested pilot batch,
 * a scale-up order and monthly deliveries through 2024, and two donations in kind, so that every
 * chart of the dashboard shows something real.
 */
@ApplicationScoped
class DemoHistory {

    private static final List<String> VOTERS = List.of("LV", "GB", "UA", "SE", "DK", "DE", "LT", "EE", "NL", "CA");

    @Inject
    AwardRepository awards;

    @Inject
    OrderRepository orders;

    @Inject
    TestReportRepository reports;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Treasury treasury;

    @Inject
    Ledger ledger;

    void award(Tender tender, Proposal winner, Manufacturer maker) {
        tender.closeIfDue(DemoTenders.at(LocalDate.of(2024, 6, 28)).plusSeconds(1));
        winner.open();
        winner.findCompliant(true, null);
        tender.startEvaluation();
        AwardDecision decision = new AwardDecision(tender, List.of(new AwardDecision.Share(winner, 10_000,
                Money.of("290.00"), 10_000, 500)), "cso", DemoTenders.at(LocalDate.of(2024, 7, 1)));
        awards.add(decision);
        VOTERS.forEach(c -> decision.vote(CountryCode.of(c), Vote.APPROVE, "rep-" + c.toLowerCase(Locale.ROOT),
                DemoTenders.at(LocalDate.of(2024, 7, 3))));
        decision.close(17, DemoTenders.at(LocalDate.of(2024, 7, 5)));
        tender.award();
        winner.decide(true);

        Order pilot = place(tender, winner, maker, OrderKind.PILOT, 500, LocalDate.of(2024, 7, 5));
        ship(pilot, 500, LocalDate.of(2024, 7, 15), 490);
        ship(pilot, 10, LocalDate.of(2024, 7, 25), 10);
        reports.add(new TestReport(pilot, 60, new BigDecimal("87.50"), new BigDecimal("14.00"), EwResistance.MEDIUM,
                "Three months of trials at the front; losses under jamming within expectations", Verdict.PASSED,
                "tester", DemoTenders.at(LocalDate.of(2024, 8, 20))));
        Order scaleUp = place(tender, winner, maker, OrderKind.SCALE_UP, 9_500, LocalDate.of(2024, 8, 22));
        for (int month = 9; month <= 12; month++) {
            ship(scaleUp, 1_900, LocalDate.of(2024, month, 10), 1_880);
        }
        ship(scaleUp, 1_900, LocalDate.of(2025, 1, 10), 0);

        donate("LV", DroneCategory.ADVANCED_FPV, 1_000, LocalDate.of(2024, 9, 5));
        donate("GB", DroneCategory.STRIKE_FPV, 2_000, LocalDate.of(2024, 11, 12));
    }

    private Order place(Tender tender, Proposal proposal, Manufacturer maker, OrderKind kind, int quantity,
            LocalDate on) {
        Order o = new Order(tender.getId(), proposal.getId(), maker.getId(), tender.getFundId(), kind, quantity,
                Money.of("290.00"), "cso", DemoTenders.at(on));
        orders.add(o);
        treasury.commit(Actor.SYSTEM, tender.getFundId(), o.value(), o.reference());
        o.attribute(ledger.receivedByMember(tender.getFundId()));
        return o;
    }

    /** A shipment, received five days later unless {@code accepted} is 0 (still in transit). */
    private void ship(Order order, int quantity, LocalDate shippedOn, int accepted) {
        Delivery d = Delivery.ofOrder(order.getId(), DroneCategory.ADVANCED_FPV, quantity, shippedOn,
                "Logistics hub, Rzeszów", "vyriy", shippedOn);
        deliveries.add(d);
        if (accepted > 0) {
            d.receive(accepted, quantity - accepted, shippedOn.plusDays(5));
            deliveries.flush();
            order.accepted(deliveries.progress(order.getId()).accepted());
        }
    }

    private void donate(String donor, DroneCategory category, int quantity, LocalDate shippedOn) {
        Delivery d = Delivery.inKind(CountryCode.of(donor), category, quantity, shippedOn, "Kyiv", "rep-"
                + donor.toLowerCase(Locale.ROOT), shippedOn);
        deliveries.add(d);
        d.receive(quantity, 0, shippedOn.plusDays(4));
    }
}
