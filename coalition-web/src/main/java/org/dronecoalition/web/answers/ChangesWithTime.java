package org.dronecoalition.web.answers;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.dronecoalition.application.DashboardService;

/** An answer that the clock alone changes, e.g. a deadline's days left: kept no later than that. */
public interface ChangesWithTime {

    /** The next instant at which this answer would read differently, or null if the clock never changes it. */
    Instant changesAt();

    /**
     * Where an answer shows the whole days left to a deadline (and, once it has passed, that it
     * has): the next change is when a day less is left, the last one the deadline itself.
     */
    static Instant daysLeftChange(OffsetDateTime deadline, Long daysLeft) {
        return daysLeft == null ? null : deadline.toInstant().minus(Duration.ofDays(daysLeft));
    }

    /** The open calls of the dashboard show their days left and leave it at their deadline. */
    static Instant openTendersChange(List<DashboardService.OpenTender> openTenders) {
        return openTenders.stream().map(t -> daysLeftChange(t.submissionDeadline(), t.daysToDeadline()))
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    /** The earliest of the instants, nulls (never) left out. */
    static Instant earliest(Iterable<?> answers) {
        Instant first = null;
        for (Object answer : answers) {
            Instant at = answer instanceof ChangesWithTime c ? c.changesAt() : null;
            if (at != null && (first == null || at.isBefore(first))) {
                first = at;
            }
        }
        return first;
    }
}
