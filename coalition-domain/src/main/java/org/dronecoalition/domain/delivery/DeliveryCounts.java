package org.dronecoalition.domain.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dronecoalition.domain.figures.Counted;
import org.dronecoalition.domain.figures.FiguresVersion;

/**
 * How many deliveries each filter of the list holds, as last counted at the drones' version: a
 * million deliveries take 60 ms to count, and the list is read far more often than a delivery is
 * recorded. A change on any node moves the version, so the next read counts again.
 */
@ApplicationScoped
class DeliveryCounts {

    /** Beyond this many filters the memo starts afresh, so that no walk through every month grows it. */
    private static final int FILTERS_KEPT = 1_000;

    private final Map<DeliveryRepository.Filter, Counted<Long>> counts = new ConcurrentHashMap<>();

    @Inject
    FiguresVersion version;

    long of(DeliveryRepository.Filter filter, Supplier<Long> count) {
        if (counts.size() >= FILTERS_KEPT) {
            counts.clear();
        }
        return counts.computeIfAbsent(filter, f -> new Counted<>()).at(version.drones(), count);
    }
}
