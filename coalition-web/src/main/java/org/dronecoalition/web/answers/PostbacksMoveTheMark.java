package org.dronecoalition.web.answers;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.dronecoalition.infrastructure.ChangeMark;

/**
 * Moves the change mark after the actions of a page's form have run (their transactions have
 * committed) and before the page answers, so that what a member of staff did on a page is what
 * the API answers next.
 */
public class PostbacksMoveTheMark implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.INVOKE_APPLICATION;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // A page's view actions run in this phase on a plain visit too, to read.
        if (event.getFacesContext().isPostback()) {
            CDI.current().select(ChangeMark.class).get().move();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // The actions have not run yet.
    }
}
