package org.dronecoalition.application.demo;

import static org.dronecoalition.application.demo.DemoActors.CSO;
import static org.dronecoalition.application.demo.DemoActors.TESTER;
import static org.dronecoalition.application.demo.DemoActors.representative;
import static org.dronecoalition.application.demo.DemoTenders.FIRST_COMPETITION;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dronecoalition.application.AwardService;
import org.dronecoalition.application.DeliveryService;
import org.dronecoalition.application.EvaluationService;
import org.dronecoalition.application.EvaluationService.Points;
import org.dronecoalition.application.OrderService;
import org.dronecoalition.application.PaymentService;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.application.TestReportService;
import org.dronecoalition.application.TestReportService.Findings;
import org.dronecoalition.application.demo.DemoCompanies.Maker;
import org.dronecoalition.domain.award.Vote;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.testing.EwResistance;
import org.dronecoalition.domain.testing.Verdict;

/**
 * What followed the first FPV competition, as the record tells it: five suppliers, pilot batches
 * tested for about three months, then larger orders delivering 30,000 drones over six months
 * (November 2024 to April 2025); and donations in kind. Figures and dates are illustrative.
 */
@ApplicationScoped
class DemoHistory {

    private static final String HUB = "Logistics hub, Rzeszów";
    private static final int WINNERS = 5;
    private static final int AWARDED = 6000;
    private static final int PILOT = 200;
    private static final List<String> APPROVING = List.of("LV", "GB", "UA", "SE", "DK", "DE", "LT", "EE", "NL",
            "CA", "AU", "CZ");

    @Inject
    ProposalService proposals;

    @Inject
    EvaluationService evaluations;

    @Inject
    AwardService awards;

    @Inject
    OrderService orders;

    @Inject
    TestReportService reports;

    @Inject
    DeliveryService deliveries;

    @Inject
    PaymentService payments;

    @Inject
    Replay replay;

    /**
     * The CSO judges the bids (the one without a datasheet is not compliant), three countries score
     * them, the five best get 6,000 drones each with a pilot of 200, and the members approve.
     */
    List<Order> award(Map<Maker, Long> bids) {
        replay.at(LocalDate.of(2024, 7, 1));
        List<Long> ranked = new ArrayList<>(bids.values());
        long lacking = ranked.remove(ranked.size() - 1);
        ranked.forEach(id -> evaluations.judge(CSO, FIRST_COMPETITION, id, version(id), true, null));
        evaluations.judge(CSO, FIRST_COMPETITION, lacking, version(lacking), false,
                "No datasheet of the jamming-resistant video link, which the call requires");
        replay.at(LocalDate.of(2024, 7, 2));
        for (String country : List.of("NL", "SE", "DK")) {
            for (int i = 0; i < ranked.size(); i++) {
                int points = i < WINNERS ? 9 - i / 2 : 5;
                evaluations.score(representative(country), FIRST_COMPETITION, ranked.get(i), List.of(
                        new Points("Performance", points, null), new Points("Delivery capacity", points, null)));
            }
        }
        replay.at(LocalDate.of(2024, 7, 3));
        awards.propose(CSO, FIRST_COMPETITION, ranked.subList(0, WINNERS).stream()
                .map(id -> new AwardService.Line(id, AWARDED, PILOT)).toList(), null);
        replay.at(LocalDate.of(2024, 7, 4));
        APPROVING.forEach(c -> awards.vote(representative(c), FIRST_COMPETITION, Vote.APPROVE));
        awards.vote(representative("FR"), FIRST_COMPETITION, Vote.ABSTAIN);
        replay.at(LocalDate.of(2024, 7, 5));
        return awards.close(CSO, FIRST_COMPETITION).orders();
    }

    /** The pilot batches go into production, arrive in July (a few drones are replaced) and are paid. */
    void deliverPilots(List<Order> pilots, List<Maker> makers) {
        for (int i = 0; i < pilots.size(); i++) {
            Order pilot = pilots.get(i);
            Maker maker = maker(makers, pilot);
            replay.at(LocalDate.of(2024, 7, 8));
            orders.startProduction(maker.actor(), pilot.getId(), orders.get(CSO, pilot.getId()).getVersion());
            int rejected = i % 3;
            deliver(maker, pilot, PILOT, LocalDate.of(2024, 7, 22), rejected);
            if (rejected > 0) {
                deliver(maker, pilot, rejected, LocalDate.of(2024, 7, 29), 0);
            }
            replay.at(LocalDate.of(2024, 8, 5));
            payments.pay(CSO, null, pilot.getId(), pilot.value(), LocalDate.of(2024, 8, 5),
                    "INV-2024-P" + (i + 1));
        }
    }

    /** About three months of trials at the front; every pilot passes and is closed, then the larger orders. */
    List<Order> testAndScaleUp(List<Order> pilots) {
        List<Order> scaleUps = new ArrayList<>();
        for (int i = 0; i < pilots.size(); i++) {
            Order pilot = pilots.get(i);
            replay.at(LocalDate.of(2024, 10, 21));
            reports.record(TESTER, pilot.getId(), new Findings(60, new BigDecimal("84.00").add(BigDecimal.valueOf(i)),
                    new BigDecimal("12.50").add(BigDecimal.valueOf(i)), i < 2 ? EwResistance.HIGH : EwResistance.MEDIUM,
                    "Three months of trials at the front; losses under jamming within expectations", Verdict.PASSED));
            replay.at(LocalDate.of(2024, 10, 22));
            orders.close(CSO, pilot.getId(), orders.get(CSO, pilot.getId()).getVersion(), null);
            replay.at(LocalDate.of(2024, 10, 24));
            scaleUps.add(orders.scaleUp(CSO, FIRST_COMPETITION, pilot.getManufacturerId(), AWARDED - PILOT));
        }
        return scaleUps;
    }

    /**
     * The larger orders, shipped monthly from November 2024 to April 2025, received and paid; all
     * but the last supplier's are closed in May 2025, whose final invoice is still to be paid.
     */
    void deliverScaleUps(List<Order> scaleUps, List<Maker> makers) {
        YearMonth first = YearMonth.of(2024, 11);
        for (Order order : scaleUps) {
            replay.at(LocalDate.of(2024, 10, 28));
            orders.startProduction(maker(makers, order).actor(), order.getId(),
                    orders.get(CSO, order.getId()).getVersion());
        }
        for (int month = 0; month < 6; month++) {
            YearMonth ym = first.plusMonths(month);
            for (int i = 0; i < scaleUps.size(); i++) {
                Order order = scaleUps.get(i);
                int quantity = month < 5 ? 960 : order.getQuantity() - 5 * 960;
                deliver(maker(makers, order), order, quantity, ym.atDay(12), 0);
                boolean lastInvoiceOpen = month == 5 && i == scaleUps.size() - 1;
                if (!lastInvoiceOpen) {
                    replay.at(ym.atDay(28));
                    payments.pay(CSO, null, order.getId(), new Money(order.getUnitPrice().amount()
                            .multiply(BigDecimal.valueOf(quantity))), ym.atDay(28), "INV-" + ym + "-" + (i + 1));
                }
            }
        }
        replay.at(LocalDate.of(2025, 5, 6));
        scaleUps.subList(0, scaleUps.size() - 1).forEach(o -> orders.close(CSO, o.getId(),
                orders.get(CSO, o.getId()).getVersion(), null));
    }

    /** Donations in kind from members' own stocks; the Danish one is still on its way. */
    void donations() {
        donate("LV", DroneCategory.ADVANCED_FPV, 1000, LocalDate.of(2024, 9, 5), true);
        donate("GB", DroneCategory.STRIKE_FPV, 2000, LocalDate.of(2024, 11, 12), true);
        donate("NL", DroneCategory.RECONNAISSANCE, 500, LocalDate.of(2025, 3, 3), true);
        donate("DK", DroneCategory.INTERCEPTOR, 300, LocalDate.of(2025, 6, 2), false);
    }

    private void donate(String donor, DroneCategory category, int quantity, LocalDate shippedOn, boolean arrived) {
        replay.at(shippedOn);
        Delivery d = deliveries.donate(representative(donor), CountryCode.of(donor), category, quantity, shippedOn,
                "Kyiv");
        if (arrived) {
            replay.at(shippedOn.plusDays(4));
            deliveries.receive(CSO, d.getId(), d.getVersion(), quantity, 0);
        }
    }

    /** A shipment by its maker, received by the CSO four days later. */
    private void deliver(Maker maker, Order order, int quantity, LocalDate shippedOn, int rejected) {
        replay.at(shippedOn);
        Delivery d = deliveries.ship(maker.actor(), order.getId(), quantity, shippedOn, HUB);
        replay.at(shippedOn.plusDays(4));
        deliveries.receive(CSO, d.getId(), d.getVersion(), quantity - rejected, rejected);
    }

    private long version(long proposal) {
        return proposals.get(CSO, proposal).proposal().getVersion();
    }

    private static Maker maker(List<Maker> makers, Order order) {
        return makers.stream().filter(m -> m.id() == order.getManufacturerId()).findFirst().orElseThrow();
    }
}
