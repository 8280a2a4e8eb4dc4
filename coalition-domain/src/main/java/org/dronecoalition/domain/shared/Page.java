package org.dronecoalition.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total so that clients can page through all of it, and on lists read
 * in key order where the next page starts ({@code next}, null on the last page).
 */
public record Page<T>(List<T> items, int page, int size, long total, After next) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, next);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
