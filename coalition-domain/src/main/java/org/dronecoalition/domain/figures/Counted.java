package org.dronecoalition.domain.figures;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value as last counted, with the version of the data it was counted at. A memo, not state:
 * every read compares it with the version in the database, so a change recorded on any node is
 * counted at the next read, and a node that restarts counts once.
 */
public final class Counted<T> {

    private record At<T>(long version, T value) {
    }

    private final AtomicReference<At<T>> last = new AtomicReference<>();
    private final ReentrantLock counting = new ReentrantLock();

    /**
     * The value at {@code version}: remembered, or counted now (at that version or a later one).
     * One reader counts while the others wait for its result, rather than all counting at once.
     */
    public T at(long version, Supplier<T> count) {
        At<T> remembered = last.get();
        if (remembered != null && remembered.version() >= version) {
            return remembered.value();
        }
        counting.lock();
        try {
            remembered = last.get();
            if (remembered != null && remembered.version() >= version) {
                return remembered.value();
            }
            T value = count.get();
            last.set(new At<>(version, value));
            return value;
        } finally {
            counting.unlock();
        }
    }
}
