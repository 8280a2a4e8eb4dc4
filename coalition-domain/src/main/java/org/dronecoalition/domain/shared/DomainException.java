package org.dronecoalition.domain.shared;

/**
 * A business rule refused an action. Unchecked, so that the surrounding transaction rolls back;
 * {@link #field()} names the input the rule is about, when there is one.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String message, String field) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
