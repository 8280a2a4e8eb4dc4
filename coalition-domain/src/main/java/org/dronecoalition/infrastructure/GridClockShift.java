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
        Long nanos = grid.get(SHIFT);
        return nanos == null ? Duration.ZERO : Duration.ofNanos(nanos);
    }

    void set(Duration shift) {
        grid.put(SHIFT, shift.toNanos());
    }
}
