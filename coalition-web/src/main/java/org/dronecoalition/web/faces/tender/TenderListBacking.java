package org.dronecoalition.web.faces.tender;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.TenderService;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** The public tender notices; the CSO also sees drafts. */
@Named
@ViewScoped
public class TenderListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderService tenders;

    @Inject
    CurrentActor actor;

    private final PagedDataModel<TenderService.Notice> notices = new PagedDataModel<>((page, sortBy, filterBy) -> {
        TenderStatus status = PagedDataModel.filterValue(filterBy, "status", TenderStatus.class);
        return tenders.list(actor.get(), status, page);
    }, n -> n.tender().getReference());

    public PagedDataModel<TenderService.Notice> getNotices() {
        return notices;
    }

    public TenderStatus[] getStatuses() {
        return TenderStatus.values();
    }
}
