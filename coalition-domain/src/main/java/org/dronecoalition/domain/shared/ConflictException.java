package org.dronecoalition.domain.shared;

/**
 * The action is well formed but clashes with the current state: a duplicate, a stale version,
 * a step that the life cycle does not allow now.
 */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message, null);
    }

    public ConflictException(String field, String message) {
        super(message, field);
    }

    public static ConflictException staleVersion(String kind, Object id, long expected, long actual) {
        return new ConflictException("version", kind + " " + id + " was changed by someone else: you sent version "
                + expected + ", the current version is " + actual + ". Reload it and apply your change again.");
    }
}
