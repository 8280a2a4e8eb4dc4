package org.dronecoalition.web.answers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

    private static final String HOME = "/coalition/?null";

    @Test
    void aVisitMissingThePageWhileAnotherRendersItWaitsAndIsGivenThatOne() throws Exception {
        KeptAnswers kept = new KeptAnswers();
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        KeptAnswers.Rendering first = kept.renderOrWait(HOME);
        assertThat(first, notNullValue());

        CompletableFuture<KeptAnswers.Rendering> second = CompletableFuture.supplyAsync(() -> kept.renderOrWait(HOME));
        KeptAnswers.Rendering otherPage = kept.renderOrWait("/coalition/funds.xhtml?null");
        assertThat("another page is rendered at once", otherPage, notNullValue());
        otherPage.close();
        Thread.sleep(300);
        assertThat("the second visit waits while the first renders", second.isDone(), is(false));

        var page = new KeptAnswers.Answer(7, KeptAnswers.until(now, null), "text/html", Map.of(), new byte[] {1});
        kept.keep(HOME, page);
        first.close();
        assertThat("the second visit renders nothing", second.get(5, TimeUnit.SECONDS), nullValue());
        assertThat(kept.find(HOME, 7, now), sameInstance(page));

        KeptAnswers.Rendering next = kept.renderOrWait(HOME);
        assertThat("once the first is done, the next miss renders", next, notNullValue());
        next.close();
    }
}
