package org.dronecoalition.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that clients can page through all of it. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
