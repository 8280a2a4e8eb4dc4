package org.dronecoalition.domain.shared;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageRequest request = PageRequest.of(null, null);
        assertThat(request.page(), is(0));
        assertThat(request.size(), is(20));
    }

    @Test
    void capsTheSizeAndNamesTheField() {
        var e = assertThrows(InvalidInputException.class, () -> PageRequest.of(0, PageRequest.MAX_SIZE + 1));
        assertThat(e.field(), is("size"));
        assertThat(assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, 10)).field(), is("page"));
    }

    @Test
    void aPageFarOutIsRefusedBeforeItsOffsetCanOverflow() {
        assertThat(PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset(), is(100_000_000));
        var e = assertThrows(InvalidInputException.class, () -> PageRequest.of(21_474_837, 100));
        assertThat(e.field(), is("page"));
    }

    @Test
    void offsetAndPageCountFollowFromPageAndSize() {
        assertThat(PageRequest.of(3, 10).offset(), is(30));
        assertThat(new Page<>(List.of(), 0, 10, 21).totalPages(), is(3));
    }
}
