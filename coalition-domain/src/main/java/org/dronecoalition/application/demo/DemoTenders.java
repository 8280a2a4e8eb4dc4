package org.dronecoalition.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.proposal.DocumentUpload;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.proposal.ProposalDocument;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Clarification;
import org.dronecoalition.domain.tender.Criterion;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderRepository;
import org.dronecoalition.domain.tender.TenderTerms;

/**
 * The tenders of DOMAIN.md with proposals, in several states. The historical ones are published
 * as they were and left for the deadline timer to close and open, as it would have then; the
 * current call, a draft and a cancelled call are dated from today. Prices are illustrative.
 */
@ApplicationScoped
class DemoTenders {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @Inject
    TenderRepository tenders;

    @Inject
    ProposalRepository proposals;

    @Inject
    DemoHistory history;

    @Inject
    Clock clock;

    void load(long jointFund, long mouFund, Manufacturer vyriy, Manufacturer baltic) {
        Set<CountryCode> coalition = Stream.of("UA", "LV", "GB", "SE", "DK", "DE", "LT", "EE", "NL", "CA", "AU",
                "CZ", "FR", "IT", "NZ", "PL", "LU").map(CountryCode::of).collect(Collectors.toSet());
        Tender first = published("DC-2024-FPV-01", "First FPV competition", DroneCategory.ADVANCED_FPV,
                "FPV drones for the first joint procurement", 30000, "9000000.00", jointFund, coalition, fpv(),
                LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 21), LocalDate.of(2024, 6, 28));
        Proposal winner = bid(first, vyriy, "290.00", 10000, 2000, 30, LocalDate.of(2024, 6, 20), true);
        history.award(first, winner, vyriy);

        Tender advanced = published("DC-2024-FPV-02", "Advanced FPV drones", DroneCategory.ADVANCED_FPV,
                "One lot of 300 large FPV drones with a payload over 5 kg, delivered in 15 batches of 20", 300,
                "4500000.00", mouFund, coalition, fpv(), LocalDate.of(2024, 9, 16), LocalDate.of(2024, 10, 4),
                LocalDate.of(2024, 10, 14));
        bid(advanced, vyriy, "14500.00", 300, 60, 45, LocalDate.of(2024, 10, 10), true);
        bid(advanced, baltic, "15900.00", 200, 40, 60, LocalDate.of(2024, 10, 11), false);

        Tender interceptors = published("DC-2024-INT-01", "Interceptor drones", DroneCategory.INTERCEPTOR,
                "Interceptor drones against loitering munitions", 2000, "6000000.00", jointFund, coalition,
                interceptor(), LocalDate.of(2024, 10, 14), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 11));
        bid(interceptors, baltic, "2800.00", 2000, 300, 30, LocalDate.of(2024, 11, 8), true);

        published("DC-2025-ISR-01", "Tactical ISR multirotor", DroneCategory.RECONNAISSANCE,
                "Multirotor drones for tactical reconnaissance", 1500, "3000000.00", jointFund, coalition,
                interceptor(), LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 17));

        loadCurrent(jointFund, coalition, vyriy);
    }

    /** A call open now (with an answered question), a draft, and a call cancelled before its deadline. */
    private void loadCurrent(long fund, Set<CountryCode> coalition, Manufacturer asker) {
        Instant now = clock.instant();
        int year = now.atZone(KYIV).getYear();
        Tender open = new Tender("DC-" + year + "-INT-02", terms("Interceptor drones, second call",
                DroneCategory.INTERCEPTOR, "Interceptors with thermal cameras for night operations", 3000,
                "9000000.00", fund, coalition, interceptor(), now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(21))),
                now.minus(Duration.ofDays(7)));
        tenders.add(open);
        open.publish(now.minus(Duration.ofDays(6)));
        Clarification c = new Clarification(open, asker.getId(), "Must every unit carry a thermal camera, or is a "
                + "mix of day and thermal units acceptable?", now.minus(Duration.ofDays(3)));
        tenders.add(c);
        c.answer("Every unit must carry a thermal camera.", now.minus(Duration.ofDays(2)));

        tenders.add(new Tender("DC-" + year + "-BMB-01", terms("Heavy bomber drones", DroneCategory.BOMBER,
                "Heavy multirotor bombers, payload over 10 kg", 500, "5000000.00", fund, coalition, interceptor(),
                now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(45))), now));

        Tender cancelled = new Tender("DC-" + year + "-STK-01", terms("Strike FPV drones",
                DroneCategory.STRIKE_FPV, "Strike FPV drones with fibre-optic control", 10000, "4000000.00", fund,
                coalition, interceptor(), now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(12))),
                now.minus(Duration.ofDays(10)));
        tenders.add(cancelled);
        cancelled.publish(now.minus(Duration.ofDays(9)));
        cancelled.cancel("The requirements are merged into the next strike FPV call");
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

    private Tender published(String reference, String title, DroneCategory category, String description,
            int quantity, String budget, long fund, Set<CountryCode> eligible, List<Criterion> criteria,
            LocalDate publishedOn, LocalDate questionsUntil, LocalDate deadline) {
        Tender t = new Tender(reference, terms(title, category, description, quantity, budget, fund, eligible,
                criteria, at(questionsUntil), at(deadline)), at(publishedOn).minus(Duration.ofDays(3)));
        tenders.add(t);
        t.publish(at(publishedOn));
        return t;
    }

    private static TenderTerms terms(String title, DroneCategory category, String description, int quantity,
            String budget, long fund, Set<CountryCode> eligible, List<Criterion> criteria, Instant questionsUntil,
            Instant deadline) {
        return new TenderTerms(title, category, description, "See the technical annex of the call", quantity,
                Money.of(budget), fund, eligible, criteria, questionsUntil.atZone(KYIV).toOffsetDateTime(),
                deadline.atZone(KYIV).toOffsetDateTime(), KYIV);
    }

    private Proposal bid(Tender tender, Manufacturer m, String price, int quantity, int capacity, int leadTime,
            LocalDate on, boolean withDatasheet) {
        Instant when = at(on).minus(Duration.ofHours(5));
        Proposal p = new Proposal(tender, m, new ProposalTerms(Money.of(price), quantity, capacity, leadTime,
                m.getLegalName() + " offer for " + tender.getTitle()), when);
        proposals.add(p);
        List<ProposalDocument> documents = List.of();
        if (withDatasheet) {
            byte[] bytes = PDF.getBytes(StandardCharsets.US_ASCII);
            DocumentUpload pdf = new DocumentUpload(new ByteArrayInputStream(bytes), bytes.length);
            ProposalDocument d = p.attach(tender, "datasheet.pdf", "application/pdf", pdf, 0, 10, when);
            proposals.add(d, pdf);
            documents = List.of(d);
        }
        proposals.add(p.submit(tender, documents, "demo", when.plus(Duration.ofMinutes(30))));
        return p;
    }

    static Instant at(LocalDate date) {
        return ZonedDateTime.of(date.atTime(18, 0), KYIV).toInstant();
    }
}
