package org.dronecoalition.domain.proposal;

import static org.dronecoalition.domain.tender.Tenders.DEADLINE;
import static org.dronecoalition.domain.tender.Tenders.NOW;
import static org.dronecoalition.domain.tender.Tenders.withId;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.Tenders;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final Tender tender = Tenders.published();

    private static Manufacturer maker(String country, long id) {
        Manufacturer m = withId(new Manufacturer("Vyriy Drone Works", CountryCode.of(country), "41234567", "Taras",
                "t@vyriy.example", EnumSet.of(DroneCategory.ADVANCED_FPV), 500, OffsetDateTime.now()), id);
        m.verify();
        return m;
    }

    private static ProposalTerms offer(String price) {
        return new ProposalTerms(Money.of(price), 300, 60, 45, "Payload 5.5 kg\nRange 20 km");
    }

    private Proposal draft() {
        return withId(new Proposal(tender, maker("UA", 51), offer("14500.00"), NOW), 101L);
    }

    @Test
    void onlyVerifiedManufacturersFromEligibleCountriesMayBid() {
        Manufacturer pending = withId(new Manufacturer("New Co", CountryCode.of("UA"), "1", "A", "a@b.example",
                EnumSet.of(DroneCategory.ADVANCED_FPV), 5, OffsetDateTime.now()), 52L);
        var unverified = assertThrows(ConflictException.class, () -> new Proposal(tender, pending, offer("1.00"), NOW));
        assertThat(unverified.getMessage(), containsString("only verified manufacturers"));
        var ineligible = assertThrows(ConflictException.class,
                () -> new Proposal(tender, maker("CN", 53), offer("1.00"), NOW));
        assertThat(ineligible.getMessage(), containsString("not from CN"));
    }

    @Test
    void submitResubmitAndWithdrawWorkUntilTheLastSecondAndNotAfter() {
        Proposal p = draft();
        Instant lastSecond = DEADLINE.minus(SECOND);
        ProposalSubmission first = p.submit(tender, List.of(), "maker", NOW);
        ProposalSubmission second = p.submit(tender, List.of(), "maker", lastSecond);
        assertThat(second.getVersionNo(), is(2));
        assertThat(p.getSubmittedVersion(), is(2));
        assertThat(second.getSha256(), is(not(first.getSha256())));
        p.withdraw(tender, lastSecond);
        assertThat(p.getStatus(), is(ProposalStatus.WITHDRAWN));
        p.submit(tender, List.of(), "maker", lastSecond);

        Instant late = DEADLINE.plus(SECOND);
        var resubmit = assertThrows(ConflictException.class, () -> p.submit(tender, List.of(), "maker", late));
        var withdraw = assertThrows(ConflictException.class, () -> p.withdraw(tender, late));
        var revise = assertThrows(ConflictException.class, () -> p.revise(tender, offer("1.00"), late));
        assertThat(resubmit.getMessage(), containsString("14 Oct 2024 18:00:00"));
        assertThat(withdraw.field(), is("submissionDeadline"));
        assertThat(revise.field(), is("submissionDeadline"));
        assertThat(p.getSubmittedVersion(), is(3));
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        Proposal p = withId(new Proposal(tender, maker("UA", 51), new ProposalTerms(Money.of("10.00"), 5, 5, 5, " "),
                NOW), 102L);
        var e = assertThrows(InvalidInputException.class, () -> p.submit(tender, List.of(), "maker", NOW));
        assertThat(e.field(), is("technicalData"));
    }

    @Test
    void sealedUntilTheDeadlineForEveryoneButItsAuthors() {
        Proposal p = draft();
        p.submit(tender, List.of(), "maker", NOW);
        Actor author = new Actor("maker", Role.MANUFACTURER, null, 51L);
        Actor rival = new Actor("rival", Role.MANUFACTURER, null, 60L);
        Actor cso = new Actor("cso", Role.CSO_ADMIN, null);
        Actor rep = new Actor("rep-lv", Role.MEMBER_REP, CountryCode.of("LV"));
        Actor tester = new Actor("tester", Role.TEST_OFFICER, null);
        Instant before = DEADLINE.minus(SECOND);
        Instant after = DEADLINE.plus(SECOND);

        assertThat(p.visibleTo(author, tender, before), is(true));
        assertThat(p.visibleTo(author, tender, after), is(true));
        for (Actor other : List.of(rival, cso, rep, tester, Actor.ANONYMOUS)) {
            assertThat(other.username() + " before", p.visibleTo(other, tender, before), is(false));
        }
        assertThat(p.visibleTo(cso, tender, after), is(true));
        assertThat(p.visibleTo(rep, tender, after), is(true));
        for (Actor other : List.of(rival, tester, Actor.ANONYMOUS)) {
            assertThat(other.username() + " after", p.visibleTo(other, tender, after), is(false));
        }
    }

    @Test
    void aWithdrawnProposalIsNeverOpened() {
        Proposal p = draft();
        p.submit(tender, List.of(), "maker", NOW);
        p.withdraw(tender, NOW);
        assertThat(p.visibleTo(new Actor("cso", Role.CSO_ADMIN, null), tender, DEADLINE.plus(SECOND)), is(false));
    }

    @Test
    void theReceiptHashCoversTheOfferAndTheDocumentsAndDetectsTampering() {
        Proposal p = draft();
        DocumentUpload content = upload(PDF);
        ProposalDocument spec = withId(stored(new ProposalDocument(101L, "spec.pdf", "application/pdf", content, NOW),
                content), 900L);
        ProposalSubmission s = p.submit(tender, List.of(spec), "maker", NOW);

        assertThat(s.getSha256(), matchesPattern("[0-9a-f]{64}"));
        assertThat(s.getSha256(), is(Sha256.of(s.getCanonical())));
        assertThat(s.getCanonical(), containsString("technicalData: Payload 5.5 kg\\nRange 20 km\n"));
        assertThat(s.getCanonical(), containsString("document: " + Sha256.of(PDF) + " " + PDF.length + " spec.pdf"));
        assertThat(s.verify("DC-2024-FPV-02", 51, List.of(spec), List.of(Sha256.of(PDF))), is(true));

        byte[] altered = PDF.clone();
        altered[altered.length - 1] = 'X';
        assertThat(s.verify("DC-2024-FPV-02", 51, List.of(spec), List.of(Sha256.of(altered))), is(false));
        assertThat(s.verify("DC-2024-FPV-02", 52, List.of(spec), List.of(Sha256.of(PDF))), is(false));
    }

    @Test
    void aProposalCarriesALimitedNumberOfDocuments() {
        Proposal p = draft();
        var e = assertThrows(ConflictException.class,
                () -> p.attach(tender, "spec.pdf", "application/pdf", upload(PDF), 10, 10, NOW));
        assertThat(e.getMessage(), containsString("at most 10 documents"));
        DocumentUpload content = upload(PDF);
        assertThat(stored(p.attach(tender, "spec.pdf", "application/pdf", content, 9, 10, NOW), content).getSha256(),
                is(Sha256.of(PDF)));
    }

    static DocumentUpload upload(byte[] bytes) {
        return new DocumentUpload(new ByteArrayInputStream(bytes), bytes.length);
    }

    /** The document once its bytes went where the repository sends them. */
    static ProposalDocument stored(ProposalDocument document, DocumentUpload content) {
        try {
            content.content().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.stored(content);
        return document;
    }
}
