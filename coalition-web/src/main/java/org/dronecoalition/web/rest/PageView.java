package org.dronecoalition.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.web.answers.ChangesWithTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection as the API returns it. */
@Schema(name = "Page", description = "One page of a collection; page numbers start at 0")
public record PageView<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Number of items in the whole collection", example = "17") long total,
        @Schema(example = "1") int totalPages,
        @Schema(description = "On lists read in key order (a fund's ledger, the deliveries): send it as 'after' "
                + "for the next page, which is then read as fast as the first however deep it is; absent on the "
                + "last page and on other lists", example = "MX4yMDI0LTA3LTE1VDA5OjAwOjAwWn41MQ") String next)
        implements ChangesWithTime {

    @Override
    public Instant changesAt() {
        return ChangesWithTime.earliest(items);
    }

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        Page<T> mapped = page.map(view);
        return new PageView<>(mapped.items(), mapped.page(), mapped.size(), mapped.total(), mapped.totalPages(),
                mapped.next() == null ? null : Cursor.encode(mapped.next()));
    }
}
