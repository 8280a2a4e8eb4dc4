package org.dronecoalition.domain.shared;

/** The request itself is wrong: a value out of range, a malformed code, a date in the future. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        super(message, field);
    }
}
