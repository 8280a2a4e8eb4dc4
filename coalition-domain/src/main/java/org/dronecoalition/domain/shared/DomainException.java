package org.dronecoalition.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused an action. The transaction rolls back and the exception reaches the
 * caller as it is; {@link #field()} names the input the rule is about, when there is one.
 */
@ApplicationException(rollback = true, inherited = true)
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
