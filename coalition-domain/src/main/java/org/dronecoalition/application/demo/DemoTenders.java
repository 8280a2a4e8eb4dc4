package org.dronecoalition.application.demo;

import static org.dronecoalition.application.demo.DemoActors.CSO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dronecoalition.application.ClarificationService;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.application.TenderService;
import org.dronecoalition.application.demo.DemoCompanies.Maker;
import org.dronecoalition.domain.proposal.DocumentUpload;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Criterion;
import org.dronecoalition.domain.tender.TenderTerms;

/**
 * The tenders of DOMAIN.md, published, bid on and closed at their dates through the services;
 * then the calls of today: one open (with an answered question), a draft and a cancelled one.
 * Prices, quantities and the dates of bids are illustrative.
 */
@ApplicationScoped
class DemoTenders {

    static final String FIRST_COMPETITION = "DC-2024-FPV-01";

    /** The coalition's members and partners whose manufacturers bid; Ukraine's from September 2024. */
    private static final Set<CountryCode> WESTERN = Stream.of("LV", "GB", "SE", "DK", "DE", "LT", "EE", "NL",
            "CA", "AU", "CZ", "FR", "IT", "NZ", "PL", "LU").map(CountryCode::of).collect(Collectors.toSet());
    private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @Inject
    TenderService tenders;

    @Inject
    ProposalService proposals;

    @Inject
    ClarificationService clarifications;

    @Inject
    Replay replay;

    @Inject
    Clock clock;

    /** The first FPV competition, opened 3 June and closed 28 June 2024: Western makers only. */
    Map<Maker, Long> firstCompetition(long fund, List<Maker> bidders) {
        publish(FIRST_COMPETITION, "First FPV competition", DroneCategory.ADVANCED_FPV,
                "FPV drones for the first joint procurement", 30000, "9000000.00", fund, WESTERN, fpv(),
                LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 21), LocalDate.of(2024, 6, 28));
        String[] prices = {"279.00", "284.00", "288.00", "290.00", "293.00", "309.00", "318.00", "296.00"};
        Map<Maker, Long> bids = new LinkedHashMap<>();
        for (int i = 0; i < bidders.size(); i++) {
            bids.put(bidders.get(i), bid(FIRST_COMPETITION, bidders.get(i), prices[i], 6000 + 250 * i, 1200, 30,
                    LocalDate.of(2024, 6, 10 + 2 * i), i != 7));
        }
        close(FIRST_COMPETITION, LocalDate.of(2024, 6, 28));
        return bids;
    }

    /** Advanced FPV, deadline 14 October 2024: 19 bids, 5 of them Ukrainian (26%). */
    void advancedFpv(long fund, List<Maker> ukrainian, List<Maker> western) {
        String ref = "DC-2024-FPV-02";
        publish(ref, "Advanced FPV drones", DroneCategory.ADVANCED_FPV,
                "One lot of 300 large FPV drones with a payload over 5 kg, delivered in 15 batches of 20", 300,
                "4500000.00", fund, withUkraine(), fpv(), LocalDate.of(2024, 9, 16), LocalDate.of(2024, 10, 4),
                LocalDate.of(2024, 10, 14));
        List<Maker> bidders = Stream.concat(ukrainian.stream().limit(5), western.stream()).toList();
        for (int i = 0; i < bidders.size(); i++) {
            bid(ref, bidders.get(i), String.valueOf(13900 + 150 * i) + ".00", 300 - 10 * i, 40 + i, 45,
                    LocalDate.of(2024, 10, 1 + i % 12), i % 2 == 0);
        }
        close(ref, LocalDate.of(2024, 10, 14));
    }

    /** Interceptor drones, deadline 11 November 2024: 19 bids, 6 of them Ukrainian (32%). */
    void interceptors(long fund, List<Maker> ukrainian, List<Maker> western) {
        String ref = "DC-2024-INT-01";
        publish(ref, "Interceptor drones", DroneCategory.INTERCEPTOR,
                "Interceptor drones against loitering munitions", 2000, "6000000.00", fund, withUkraine(),
                interceptor(), LocalDate.of(2024, 10, 14), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 11));
        List<Maker> bidders = Stream.concat(ukrainian.stream(), western.stream().limit(13)).toList();
        for (int i = 0; i < bidders.size(); i++) {
            bid(ref, bidders.get(i), String.valueOf(2450 + 50 * i) + ".00", 2000 - 50 * i, 200 + 10 * i, 30,
                    LocalDate.of(2024, 11, 1 + i % 10), i % 2 == 1);
        }
        close(ref, LocalDate.of(2024, 11, 11));
    }

    /** Tactical ISR multirotor, open until 17 March 2025, with criteria of its own; nobody bid. */
    void reconnaissance(long fund) {
        String ref = "DC-2025-ISR-01";
        publish(ref, "Tactical ISR multirotor", DroneCategory.RECONNAISSANCE,
                "Multirotor drones for tactical reconnaissance", 1500, "3000000.00", fund, withUkraine(),
                List.of(new Criterion("Price", 30, true), new Criterion("Sensor and imagery quality", 40, false),
                        new Criterion("Endurance and range", 30, false)),
                LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 17));
        close(ref, LocalDate.of(2025, 3, 17));
    }

    /** A call open now (with an answered question), a draft, and a call cancelled before its deadline. */
    void current(long fund, Maker asker) {
        replay.present();
        Instant now = clock.instant();
        int year = now.atZone(Replay.KYIV).getYear();
        String open = "DC-" + year + "-INT-02";
        at(now.minus(Duration.ofDays(7)));
        long version = tenders.draft(CSO, open, terms("Interceptor drones, second call", DroneCategory.INTERCEPTOR,
                "Interceptors with thermal cameras for night operations", 3000, "9000000.00", fund, withUkraine(),
                interceptor(), now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(21)))).tender().getVersion();
        at(now.minus(Duration.ofDays(6)));
        tenders.publish(CSO, open, version);
        at(now.minus(Duration.ofDays(3)));
        var question = clarifications.ask(asker.actor(), open, "Must every unit carry a thermal camera, or is a "
                + "mix of day and thermal units acceptable?");
        at(now.minus(Duration.ofDays(2)));
        clarifications.answer(CSO, open, question.getId(), question.getVersion(),
                "Every unit must carry a thermal camera.");

        String cancelled = "DC-" + year + "-STK-01";
        at(now.minus(Duration.ofDays(10)));
        version = tenders.draft(CSO, cancelled, terms("Strike FPV drones", DroneCategory.STRIKE_FPV,
                "Strike FPV drones with fibre-optic control", 10000, "4000000.00", fund, withUkraine(), fpv(),
                now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(12)))).tender().getVersion();
        at(now.minus(Duration.ofDays(9)));
        version = tenders.publish(CSO, cancelled, version).tender().getVersion();
        at(now.minus(Duration.ofDays(1)));
        tenders.cancel(CSO, cancelled, version, "The requirements are merged into the next strike FPV call");

        replay.present();
        tenders.draft(CSO, "DC-" + year + "-BMB-01", terms("Heavy bomber drones", DroneCategory.BOMBER,
                "Heavy multirotor bombers, payload over 10 kg", 500, "5000000.00", fund, withUkraine(),
                interceptor(), now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(45))));
    }

    private static Set<CountryCode> withUkraine() {
        return Stream.concat(WESTERN.stream(), Stream.of(CountryCode.of("UA"))).collect(Collectors.toSet());
    }

    /** Each tender gets its own criteria: embedded values are never shared between entities. */
    private static List<Criterion> fpv() {
        return List.of(new Criterion("Price", 40, true), new Criterion("Performance", 35, false),
                new Criterion("Delivery capacity", 25, false));
    }

    private static List<Criterion> interceptor() {
        return List.of(new Criterion("Price", 30, true), new Criterion("Interception performance", 50, false),
                new Criterion("Delivery capacity", 20, false));
    }

    private void publish(String reference, String title, DroneCategory category, String description, int quantity,
            String budget, long fund, Set<CountryCode> eligible, List<Criterion> criteria, LocalDate publishedOn,
            LocalDate questionsUntil, LocalDate deadline) {
        replay.at(publishedOn.minusDays(3));
        long version = tenders.draft(CSO, reference, terms(title, category, description, quantity, budget, fund,
                eligible, criteria, Replay.kyiv(questionsUntil, 18), Replay.kyiv(deadline, 18))).tender().getVersion();
        replay.at(publishedOn);
        tenders.publish(CSO, reference, version);
    }

    /** What the deadline timer does, a minute after the deadline. */
    private void close(String reference, LocalDate deadline) {
        at(Replay.kyiv(deadline, 18).plus(Duration.ofMinutes(1)));
        tenders.closeIfDue(reference);
    }

    private static TenderTerms terms(String title, DroneCategory category, String description, int quantity,
            String budget, long fund, Set<CountryCode> eligible, List<Criterion> criteria, Instant questionsUntil,
            Instant deadline) {
        return new TenderTerms(title, category, description, "See the technical annex of the call", quantity,
                Money.of(budget), fund, eligible, criteria, questionsUntil.atZone(Replay.KYIV).toOffsetDateTime(),
                deadline.atZone(Replay.KYIV).toOffsetDateTime(), Replay.KYIV);
    }

    /** A proposal drafted and submitted on {@code day}, with a datasheet when asked; returns its id. */
    private long bid(String reference, Maker maker, String price, int quantity, int capacity, int leadTime,
            LocalDate day, boolean withDatasheet) {
        replay.at(day, 13);
        long id = proposals.create(maker.actor(), reference, new ProposalTerms(Money.of(price), quantity, capacity,
                leadTime, maker.name() + " offer for " + reference)).proposal().getId();
        if (withDatasheet) {
            byte[] bytes = PDF.getBytes(StandardCharsets.US_ASCII);
            proposals.attach(maker.actor(), id, "datasheet.pdf", "application/pdf",
                    new DocumentUpload(new ByteArrayInputStream(bytes), bytes.length));
        }
        replay.at(day, 14);
        proposals.submit(maker.actor(), null, id, proposals.get(maker.actor(), id).proposal().getVersion());
        return id;
    }

    private void at(Instant moment) {
        replay.clockAt(moment);
    }
}
