package org.dronecoalition.domain.tender;

import static org.dronecoalition.domain.tender.Tenders.DEADLINE;
import static org.dronecoalition.domain.tender.Tenders.NOW;
import static org.dronecoalition.domain.tender.Tenders.QUESTIONS_UNTIL;
import static org.dronecoalition.domain.tender.Tenders.terms;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TenderTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void publishingChecksThatTheWeightsAddUpToOneHundred() {
        Tender t = new Tender("DC-2024-FPV-02", terms(40, 50), NOW);
        var e = assertThrows(InvalidInputException.class, () -> t.publish(NOW));
        assertThat(e.field(), is("criteria"));
        assertThat(e.getMessage(), containsString("add up to 90"));
        assertThat(t.getStatus(), is(TenderStatus.DRAFT));
    }

    @Test
    void publishingRefusesADeadlineThatHasPassed() {
        Tender t = new Tender("DC-2024-FPV-02", terms(), NOW);
        var e = assertThrows(InvalidInputException.class, () -> t.publish(QUESTIONS_UNTIL.plus(SECOND)));
        assertThat(e.field(), is("clarificationDeadline"));
    }

    @Test
    void aDraftCanBeEditedAPublishedTenderCannot() {
        Tender t = Tenders.published();
        assertThat(t.getStatus(), is(TenderStatus.PUBLISHED));
        assertThrows(ConflictException.class, () -> t.edit(terms()));
    }

    @Test
    void referencesFollowTheCoalitionPattern() {
        var e = assertThrows(InvalidInputException.class, () -> new Tender("fpv 1", terms(), NOW));
        assertThat(e.field(), is("reference"));
    }

    @Test
    void onlyOneCriterionCanBeThePrice() {
        var twoPrices = new TenderTerms("t", terms().category(), "d", "r", 1, terms().budgetCeiling(), 1L,
                terms().eligibleCountries(), List.of(new Criterion("Price", 50, true), new Criterion("Cost", 50, true)),
                terms().clarificationDeadline(), terms().submissionDeadline(), terms().timeZone());
        assertThrows(InvalidInputException.class, () -> new Tender("DC-1", twoPrices, NOW));
    }

    @Test
    void proposalsAreAcceptedUntilTheLastSecondBeforeTheDeadline() {
        Tender t = Tenders.published();
        t.requireAcceptingProposals(DEADLINE.minus(SECOND));
        t.requireAcceptingProposals(DEADLINE.minusMillis(1));
        var atDeadline = assertThrows(ConflictException.class, () -> t.requireAcceptingProposals(DEADLINE));
        var after = assertThrows(ConflictException.class, () -> t.requireAcceptingProposals(DEADLINE.plus(SECOND)));
        assertThat(atDeadline.field(), is("submissionDeadline"));
        assertThat(after.getMessage(), containsString("14 Oct 2024 18:00:00 EEST"));
    }

    @Test
    void aLateBidderIsToldOfTheDeadlineAlsoOnceTheClosingIsRecorded() {
        Tender t = Tenders.published();
        t.closeIfDue(DEADLINE.plus(SECOND));
        var late = assertThrows(ConflictException.class, () -> t.requireAcceptingProposals(DEADLINE.plus(SECOND)));
        assertThat(late.field(), is("submissionDeadline"));
        var question = assertThrows(ConflictException.class, () -> t.requireAcceptingQuestions(DEADLINE.plus(SECOND)));
        assertThat(question.field(), is("clarificationDeadline"));
    }

    @Test
    void questionsCloseAtTheClarificationDeadline() {
        Tender t = Tenders.published();
        t.requireAcceptingQuestions(QUESTIONS_UNTIL.minus(SECOND));
        var e = assertThrows(ConflictException.class, () -> t.requireAcceptingQuestions(QUESTIONS_UNTIL));
        assertThat(e.field(), is("clarificationDeadline"));
    }

    @Test
    void theClockOpensTheProposalsEvenBeforeTheTimerRecordsIt() {
        Tender t = Tenders.published();
        assertThat(t.isOpened(DEADLINE.minus(SECOND)), is(false));
        assertThat(t.isOpened(DEADLINE), is(true));
        assertThat(t.statusAt(DEADLINE), is(TenderStatus.CLOSED));
        assertThat(t.getStatus(), is(TenderStatus.PUBLISHED));
        assertThat(t.closeIfDue(DEADLINE.minus(SECOND)), is(false));
        assertThat(t.closeIfDue(DEADLINE.plus(SECOND)), is(true));
        assertThat(t.getStatus(), is(TenderStatus.CLOSED));
        assertThat(t.closeIfDue(DEADLINE.plus(SECOND)), is(false));
    }

    @Test
    void aCancelledTenderNeverOpensItsProposals() {
        Tender t = Tenders.published();
        t.cancel("Requirements changed");
        assertThat(t.isOpened(DEADLINE.plus(SECOND)), is(false));
        assertThrows(ConflictException.class, () -> t.requireAcceptingProposals(NOW));
        assertThat(t.getStatusReason(), is("Requirements changed"));
    }

    @Test
    void daysToDeadlineAreWholeDaysAndNullOncePassed() {
        Tender t = Tenders.published();
        assertThat(t.daysToDeadline(DEADLINE.minus(Duration.ofHours(49))), is(2L));
        assertThat(t.daysToDeadline(DEADLINE), is(nullValue()));
    }

    @Test
    void eligibilityIsByTheManufacturersCountry() {
        Tender t = Tenders.published();
        assertThat(t.isEligible(CountryCode.of("UA")), is(true));
        assertThat(t.isEligible(CountryCode.of("CN")), is(false));
    }
}
