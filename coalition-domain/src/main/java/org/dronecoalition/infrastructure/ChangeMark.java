package org.dronecoalition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A mark that moves after every committed change to what the public reads, kept in Payara's data
 * grid: an answer kept with the mark it was read under is current while the mark stands, on
 * whichever node of a cluster the change was made.
 */
@ApplicationScoped
public class ChangeMark {

    private static final String MARK = "mark";

    private final GridLongs grid = new GridLongs("coalition.changes");

    public long current() {
        return grid.get(MARK);
    }

    /** Called once the change is committed and before its answer leaves the server. */
    public void move() {
        grid.move(MARK);
    }
}
