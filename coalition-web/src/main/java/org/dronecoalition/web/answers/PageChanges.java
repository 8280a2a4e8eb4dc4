package org.dronecoalition.web.answers;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * When the page being rendered would read differently by the clock alone (a deadline's days left):
 * its backing bean says so here, and {@link PublicPages} keeps the page no longer.
 */
@RequestScoped
public class PageChanges {

    private Instant first;

    /** The page shows something that changes at that instant (null: never). */
    public void changesAt(Instant at) {
        if (at != null && (first == null || at.isBefore(first))) {
            first = at;
        }
    }

    Instant first() {
        return first;
    }
}
