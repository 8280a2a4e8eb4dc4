package org.dronecoalition.infrastructure;

import java.time.Duration;

/**
 * How far an acceptance-test server's clock is shifted, kept in Payara's data grid, so that every
 * node of a cluster reads the same time and a deadline passes on all of them at once. Looked up on
 * first use only: a production server never shifts its clock.
 */
final class GridClockShift {

    private static final String SHIFT = "shift";

    private final GridLongs grid = new GridLongs("coalition.clock");

    Duration get() {
        return Duration.ofNanos(grid.get(SHIFT));
    }

    void set(Duration shift) {
        grid.set(SHIFT, shift.toNanos());
    }
}
