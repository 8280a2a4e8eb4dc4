package org.dronecoalition.domain.evaluation;

import static org.dronecoalition.domain.tender.Tenders.withId;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.tender.Criterion;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final List<Criterion> CRITERIA = List.of(new Criterion("Price", 40, true),
            new Criterion("Performance", 60, false));

    private static Proposal proposal(long id) {
        try {
            var constructor = Proposal.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return withId(constructor.newInstance(), id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Score score(long proposal, String country, int points) {
        Score s = new Score(proposal, country, "Performance");
        s.give(points, null, "rep", Instant.EPOCH);
        return s;
    }

    @Test
    void theLowestPriceScoresTenAndCountriesAreAveraged() {
        Proposal cheap = proposal(1);
        Proposal dear = proposal(2);
        var ranking = Ranking.of(CRITERIA, List.of(cheap, dear),
                List.of(score(1, "LV", 5), score(1, "GB", 7), score(2, "LV", 10), score(2, "GB", 10)),
                Map.of(1L, new BigDecimal("2000.00"), 2L, new BigDecimal("2500.00")));

        var first = ranking.get(0);
        assertThat(first.proposal().getId(), is(2L));
        assertThat(first.priceScore(), is(new BigDecimal("8.00")));
        // 0.4 * 8 + 0.6 * 10 = 9.20 for both countries
        assertThat(first.score(), is(new BigDecimal("9.20")));
        assertThat(first.rank(), is(1));
        var second = ranking.get(1);
        assertThat(second.priceScore(), is(new BigDecimal("10.00")));
        // LV: 4 + 3 = 7.00; GB: 4 + 4.2 = 8.20; mean 7.60
        assertThat(second.countryTotals().get("LV"), is(new BigDecimal("7.00")));
        assertThat(second.score(), is(new BigDecimal("7.60")));
        assertThat(second.rank(), is(2));
    }

    @Test
    void aProposalNobodyHasScoredIsListedUnranked() {
        var ranking = Ranking.of(CRITERIA, List.of(proposal(1), proposal(2)), List.of(score(2, "SE", 6)),
                Map.of(1L, new BigDecimal("100.00"), 2L, new BigDecimal("100.00")));
        assertThat(ranking.get(0).proposal().getId(), is(2L));
        assertThat(ranking.get(1).score(), is(nullValue()));
        assertThat(ranking.get(1).rank(), is(0));
    }
}
