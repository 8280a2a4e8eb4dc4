package org.dronecoalition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A mark that moves after every committed change to what the public reads, kept in Payara's data
 * grid: an answer kept with the mark it was read under is current while the mark stands, on
 * whichever node of a cluster the change was made. Moved to a new random value, not counted up,
 * so that two nodes moving it at once need no lock.
 */
@ApplicationScoped
public class ChangeMark {

    private static final String MARK = "mark";

    private final GridLongs grid = new GridLongs("coalition.changes");

    public long current() {
        Long mark = grid.get(MARK);
        return mark == null ? 0L : mark;
    }

    /** Called once the change is committed and before its answer leaves the server. */
    public void move() {
        grid.put(MARK, ThreadLocalRandom.current().nextLong());
    }
}
