package org.dronecoalition.web.faces.manufacturer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.ManufacturerService;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerStatus;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** The registered manufacturers, read-only, for member representatives and the CSO. */
@Named
@ViewScoped
public class ManufacturerDirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManufacturerService manufacturers;

    @Inject
    CurrentActor actor;

    private final PagedDataModel<Manufacturer> directory = new PagedDataModel<>((page, sortBy, filterBy) ->
            manufacturers.list(actor.get(), PagedDataModel.filterValue(filterBy, "status", ManufacturerStatus.class),
                    page), m -> String.valueOf(m.getId()));

    public PagedDataModel<Manufacturer> getDirectory() {
        return directory;
    }

    public ManufacturerStatus[] getStatuses() {
        return ManufacturerStatus.values();
    }
}
