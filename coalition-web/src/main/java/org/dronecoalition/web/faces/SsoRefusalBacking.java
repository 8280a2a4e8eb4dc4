package org.dronecoalition.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Why the identity provider's user was not let in: waiting for the CSO, or not a staff identity. */
@Named
@RequestScoped
public class SsoRefusalBacking {

    private boolean waiting;

    public boolean isWaiting() {
        return waiting;
    }

    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
    }
}
