package org.dronecoalition.domain.shared;

/**
 * Where a page of a list read in key order starts: right after the item with this sort key and id.
 * It carries the page's number, so that a client that follows it still knows where it is. Long
 * lists (a fund's ledger, the deliveries) answer it by an index seek, as fast on the last page as on
 * the first, where an offset would read every row before it.
 */
public record After(int page, String key, long id) {

    public After {
        if (page < 1 || page > PageRequest.MAX_PAGE || key == null || key.isBlank()) {
            throw invalid();
        }
    }

    /** The refusal of a cursor that no list gave. */
    public static InvalidInputException invalid() {
        return new InvalidInputException("after", "after must be the 'next' value of a page of this list");
    }
}
