package org.dronecoalition.web.faces.manufacturer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.dronecoalition.application.ManufacturerService;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerStatus;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** The CSO's queue of manufacturers: verify, reject (with a reason), suspend, reinstate. */
@Named
@ViewScoped
public class VerificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManufacturerService manufacturers;

    @Inject
    CurrentActor actor;

    private String reason;
    /** The queue opens on the registrations waiting for a decision. */
    private String statusFilter = ManufacturerStatus.PENDING_VERIFICATION.name();

    private final PagedDataModel<Manufacturer> queue = new PagedDataModel<>((page, sortBy, filterBy) -> {
        String status = PagedDataModel.filterText(filterBy, "status");
        return manufacturers.list(actor.get(), status == null ? null : ManufacturerStatus.valueOf(status), page);
    }, m -> String.valueOf(m.getId()));

    public void verify(Manufacturer m) {
        act(m, () -> manufacturers.verify(actor.get(), m.getId(), m.getVersion()));
    }

    public void reject(Manufacturer m) {
        act(m, () -> manufacturers.reject(actor.get(), m.getId(), m.getVersion(), reason));
    }

    public void suspend(Manufacturer m) {
        act(m, () -> manufacturers.suspend(actor.get(), m.getId(), m.getVersion(), reason));
    }

    public void reinstate(Manufacturer m) {
        act(m, () -> manufacturers.reinstate(actor.get(), m.getId(), m.getVersion()));
    }

    private void act(Manufacturer m, Supplier<Manufacturer> decision) {
        try {
            Manufacturer decided = decision.get();
            Messages.addGlobalInfo("{0} is now {1}", decided.getLegalName(), decided.getStatus());
            reason = null;
        } catch (DomainException e) {
            Messages.addGlobalError(m.getLegalName() + ": " + e.getMessage());
        }
    }

    public PagedDataModel<Manufacturer> getQueue() {
        return queue;
    }

    public ManufacturerStatus[] getStatuses() {
        return ManufacturerStatus.values();
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
