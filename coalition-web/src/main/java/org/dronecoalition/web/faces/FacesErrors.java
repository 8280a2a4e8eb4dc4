package org.dronecoalition.web.faces;

import org.dronecoalition.domain.shared.DomainException;
import org.omnifaces.util.Messages;

/** Shows a refusal of the domain next to the field it names, or at the top of the form. */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(String formId, DomainException e) {
        if (e.field() != null) {
            Messages.addError(formId + ":" + e.field(), e.getMessage());
        } else {
            Messages.addGlobalError(e.getMessage());
        }
    }
}
