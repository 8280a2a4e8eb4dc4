package org.dronecoalition.web.answers;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** One answer as it was written: status 200, its media type, its other headers and its body. */
    public record Answer(long mark, Instant until, String mediaType, Map<String, List<String>> headers, byte[] body) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

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
