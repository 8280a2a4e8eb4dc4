package org.dronecoalition.domain.shared;

/**
 * Which slice of a list the caller wants: page numbers start at 0, sizes are capped. Lists read in
 * key order also take {@code after}, the key the page starts after (then {@code page} is its number).
 */
public record PageRequest(int page, int size, After after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any list here, and low enough that page × size never overflows an offset. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    /** The page that starts right after {@code after}. */
    public static PageRequest after(After after, Integer size) {
        return new PageRequest(after.page(), size == null ? DEFAULT_SIZE : size, after);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
