package org.dronecoalition.web.answers;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The answers of public reads as last given, each with the change mark it was read under and the
 * instant it stops being current. Bounded: at most {@value #MAX_ANSWERS} answers of at most
 * {@value #MAX_BYTES} bytes (8 MB in all); when full it starts again empty, as an answer is cheap to
 * read again.
 */
@ApplicationScoped
public class KeptAnswers {

    static final int MAX_ANSWERS = 128;
    static final int MAX_BYTES = 64 * 1024;
    /** A safety net for changes that no write of the API or the pages made (e.g. by hand in the database). */
    static final Duration LONGEST = Duration.ofSeconds(1);

    /** How long a request waits for another one rendering the same answer before it renders its own. */
    static final Duration WAIT = Duration.ofSeconds(2);

    /** One answer as it was written: status 200, its media type, its other headers and its body. */
    public record Answer(long mark, Instant until, String mediaType, Map<String, List<String>> headers, byte[] body) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

    /** This node rendering one request's answer; those who wait for it go on when it is closed. */
    public final class Rendering implements AutoCloseable {

        private final String request;
        private final CountDownLatch done;

        private Rendering(String request, CountDownLatch done) {
            this.request = request;
            this.done = done;
        }

        @Override
        public void close() {
            rendering.remove(request, done);
            done.countDown();
        }
    }

    /**
     * On a miss: the caller's {@link Rendering} when no other request of this node is rendering the
     * same answer; else null once that one is done (or after {@link #WAIT}), and the caller looks
     * again. A page that runs out under load is then rendered once, not once by every visit that
     * came while it was being rendered.
     */
    public Rendering renderOrWait(String request) {
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch other = rendering.putIfAbsent(request, mine);
        if (other == null) {
            return new Rendering(request, mine);
        }
        try {
            other.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** The answer kept for the request, if it was read under the current mark and is not out of date. */
    public Answer find(String request, long mark, Instant now) {
        Answer kept = answers.get(request);
        return kept != null && kept.mark() == mark && now.isBefore(kept.until()) ? kept : null;
    }

    public void keep(String request, Answer answer) {
        if (answer.body().length > MAX_BYTES) {
            return;
        }
        if (answers.size() >= MAX_ANSWERS) {
            answers.clear();
        }
        answers.put(request, answer);
    }

    /** How long an answer read now stays current: a second at most, less if the clock changes it sooner. */
    static Instant until(Instant now, Instant changesAt) {
        Instant latest = now.plus(LONGEST);
        return changesAt != null && changesAt.isBefore(latest) ? changesAt : latest;
    }
}
