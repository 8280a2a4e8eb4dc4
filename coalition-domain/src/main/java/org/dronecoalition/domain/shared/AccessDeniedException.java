package org.dronecoalition.domain.shared;

/** The caller is not signed in, or signed in without the right to do this. */
public class AccessDeniedException extends DomainException {

    private final boolean authenticated;

    public AccessDeniedException(boolean authenticated, String message) {
        super(message, null);
        this.authenticated = authenticated;
    }

    public boolean authenticated() {
        return authenticated;
    }
}
