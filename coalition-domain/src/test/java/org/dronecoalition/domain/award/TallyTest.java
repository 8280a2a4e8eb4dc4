package org.dronecoalition.domain.award;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void moreThanHalfOfTheMembersMustVoteAndAbstentionsCountForTheQuorum() {
        assertThat(new Tally(5, 0, 3, 17).quorate(), is(false));
        assertThat(new Tally(5, 0, 4, 17).quorate(), is(true));
        assertThat(new Tally(5, 0, 4, 17).passes(), is(true));
        assertThat(new Tally(5, 0, 5, 20).passes(), is(false));
    }

    @Test
    void approvalsMustOutnumberRejections() {
        assertThat(new Tally(5, 5, 0, 17).passes(), is(false));
        assertThat(new Tally(6, 5, 0, 17).passes(), is(true));
        assertThat(new Tally(0, 0, 17, 17).passes(), is(false));
    }
}
