package org.dronecoalition.web.faces;

import jakarta.faces.context.FacesContext;
import org.dronecoalition.domain.shared.DomainException;
import org.omnifaces.util.Messages;

/**
 * Shows a refusal of the domain next to the field it names, or at the top of the form when the
 * form has no such field (a deadline, a status).
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(String formId, DomainException e) {
        String clientId = formId + ":" + e.field();
        if (e.field() != null && FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + clientId) != null) {
            Messages.addError(clientId, e.getMessage());
        } else {
            Messages.addGlobalError(e.getMessage());
        }
    }
}
