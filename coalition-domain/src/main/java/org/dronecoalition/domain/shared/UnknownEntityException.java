package org.dronecoalition.domain.shared;

/** No such aggregate, or none that the caller may know about. */
public class UnknownEntityException extends DomainException {

    public UnknownEntityException(String kind, Object id) {
        super(kind + " " + id + " does not exist", null);
    }
}
