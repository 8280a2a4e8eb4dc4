package org.dronecoalition.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.dronecoalition.application.DashboardService.Figures;

/**
 * The dashboard's figures as last counted, with the version of the data they were counted at. A
 * memo, not state: every read compares it with the version in the database, so a change recorded
 * on any node is counted at the next read, and a node that restarts counts once.
 */
@ApplicationScoped
class CountedFigures {

    private record Counted(long version, Figures figures) {
    }

    private final AtomicReference<Counted> last = new AtomicReference<>();
    private final ReentrantLock counting = new ReentrantLock();

    /**
     * The figures at {@code version}: remembered, or counted now (at that version or a later one).
     * One reader counts while the others wait for its result, rather than all counting at once.
     */
    Figures at(long version, Supplier<Figures> count) {
        Counted remembered = last.get();
        if (remembered != null && remembered.version() >= version) {
            return remembered.figures();
        }
        counting.lock();
        try {
            remembered = last.get();
            if (remembered != null && remembered.version() >= version) {
                return remembered.figures();
            }
            Figures figures = count.get();
            last.set(new Counted(version, figures));
            return figures;
        } finally {
            counting.unlock();
        }
    }
}
