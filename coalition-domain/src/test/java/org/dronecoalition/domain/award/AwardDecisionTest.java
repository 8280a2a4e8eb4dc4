package org.dronecoalition.domain.award;

import static org.dronecoalition.domain.tender.Tenders.withId;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.Tenders;
import org.junit.jupiter.api.Test;

class AwardDecisionTest {

    private final Tender tender = Tenders.published();

    /** A submitted proposal; {@link #evaluate} opens it and finds it compliant. */
    private Proposal submitted(long id, String country) {
        Manufacturer m = withId(new Manufacturer("Maker " + id, CountryCode.of(country), "R" + id, "A", "a@b.example",
                EnumSet.of(DroneCategory.ADVANCED_FPV), 100, OffsetDateTime.now()), id);
        m.verify();
        Proposal p = withId(new Proposal(tender, m, new ProposalTerms(Money.of("1.00"), 1, 1, 1, "t"), Tenders.NOW),
                id);
        p.submit(tender, List.of(), "maker", Tenders.NOW);
        return p;
    }

    private void evaluate(Proposal... proposals) {
        tender.closeIfDue(Tenders.DEADLINE);
        tender.startEvaluation();
        for (Proposal p : proposals) {
            p.open();
            p.findCompliant(true, null);
        }
    }

    private AwardDecision decide(AwardDecision.Share... shares) {
        return new AwardDecision(tender, List.of(shares), "cso", Instant.now());
    }

    @Test
    void theAwardStaysWithinTheBudgetCeiling() {
        // The tender seeks 300 drones for EUR 4,500,000.
        Proposal p = submitted(1, "UA");
        evaluate(p);
        var e = assertThrows(ConflictException.class, () -> decide(
                new AwardDecision.Share(p, 300, Money.of("15000.01"), 300, 20)));
        assertThat(e.getMessage(), containsString("above the budget ceiling"));
        AwardDecision d = decide(new AwardDecision.Share(p, 300, Money.of("15000.00"), 300, 20));
        assertThat(d.getLines().get(0).value(), is(Money.of("4500000.00")));
    }

    @Test
    void quantitiesStayWithinEachOfferAndTheTendersQuantity() {
        Proposal ua = submitted(3, "UA");
        Proposal lv = submitted(4, "LV");
        evaluate(ua, lv);
        var above = assertThrows(InvalidInputException.class, () -> decide(
                new AwardDecision.Share(ua, 100, Money.of("10.00"), 101, 20)));
        assertThat(above.getMessage(), containsString("offered 100"));
        var tooMany = assertThrows(ConflictException.class, () -> decide(
                new AwardDecision.Share(ua, 200, Money.of("10.00"), 200, 20),
                new AwardDecision.Share(lv, 200, Money.of("10.00"), 101, 20)));
        assertThat(tooMany.getMessage(), containsString("seeks 300"));
        var pilot = assertThrows(InvalidInputException.class, () -> decide(
                new AwardDecision.Share(ua, 100, Money.of("10.00"), 50, 51)));
        assertThat(pilot.getMessage(), containsString("pilot batch"));
    }

    @Test
    void aVoteCanChangeUntilTheDecisionClosesAndNotAfter() {
        Proposal p = submitted(7, "UA");
        evaluate(p);
        AwardDecision d = decide(new AwardDecision.Share(p, 100, Money.of("10.00"), 100, 10));
        d.vote(CountryCode.of("LV"), Vote.REJECT, "rep-lv", Instant.now());
        d.vote(CountryCode.of("LV"), Vote.APPROVE, "rep-lv", Instant.now());
        d.vote(CountryCode.of("GB"), Vote.APPROVE, "rep-gb", Instant.now());
        assertThat(d.tally(3).approvals(), is(2));
        assertThat(d.tally(3).rejections(), is(0));
        assertThat(d.close(3, Instant.now()).passes(), is(true));
        assertThat(d.getStatus(), is(DecisionStatus.PASSED));
        assertThrows(ConflictException.class, () -> d.vote(CountryCode.of("SE"), Vote.REJECT, "rep-se", Instant.now()));
    }
}
