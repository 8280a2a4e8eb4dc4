package org.dronecoalition.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.AuditService;
import org.dronecoalition.web.security.CurrentActor;
import org.dronecoalition.domain.audit.AuditEvent;

/** The audit trail for the CSO and representatives, newest first, paged in the database. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor actor;

    private final PagedDataModel<AuditEvent> events = new PagedDataModel<>(
            (page, sortBy, filterBy) -> audit.list(actor.get(), PagedDataModel.filterText(filterBy, "aggregateType"),
                    PagedDataModel.filterText(filterBy, "aggregateId"), page),
            event -> String.valueOf(event.getId()));

    public PagedDataModel<AuditEvent> getEvents() {
        return events;
    }
}
