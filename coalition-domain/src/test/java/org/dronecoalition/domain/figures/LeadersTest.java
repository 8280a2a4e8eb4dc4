package org.dronecoalition.domain.figures;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import org.dronecoalition.domain.figures.DroneFigures.Count;
import org.dronecoalition.domain.figures.DroneFigures.Leaders;
import org.junit.jupiter.api.Test;

class LeadersTest {

    private static final List<Count> MANUFACTURERS = List.of(
            new Count("Albion", 100, 80, 70),
            new Count("Bravo", 300, 0, 0),
            new Count("Carpathia", 100, 90, 90),
            new Count("Dnipro", 5, 5, 5),
            new Count("Estonia", 0, 0, 0));

    @Test
    void theMostDronesOrderedLeadThenTheMostAcceptedThenTheName() {
        Leaders leaders = Leaders.of(MANUFACTURERS, 3);
        assertThat(leaders.named().stream().map(Count::key).toList(), contains("Bravo", "Carpathia", "Albion"));
    }

    @Test
    void theOthersAreSummedUnderHowManyTheyAre() {
        Leaders leaders = Leaders.of(MANUFACTURERS, 3);
        assertThat(leaders.others(), is(new Count("2 others", 5, 5, 5)));
    }

    @Test
    void noOthersWhenAllAreNamed() {
        Leaders leaders = Leaders.of(MANUFACTURERS, 5);
        assertThat(leaders.named().size(), is(5));
        assertThat(leaders.others(), is(nullValue()));
        assertThat(leaders.withOthers(), is(leaders.named()));
    }

    @Test
    void aChartShowsTheOthersAsOneBarAfterTheNamed() {
        assertThat(Leaders.of(MANUFACTURERS, 3).withOthers().stream().map(Count::key).toList(),
                contains("Bravo", "Carpathia", "Albion", "2 others"));
    }
}
