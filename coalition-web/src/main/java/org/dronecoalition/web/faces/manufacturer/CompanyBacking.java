package org.dronecoalition.web.faces.manufacturer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dronecoalition.application.ManufacturerService;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.web.security.CurrentActor;

/** The manufacturer portal's company page: where a registration stands, and why. */
@Named
@RequestScoped
public class CompanyBacking {

    @Inject
    ManufacturerService manufacturers;

    @Inject
    CurrentActor actor;

    private Manufacturer company;

    @PostConstruct
    void load() {
        Long id = actor.get().manufacturerId();
        company = id == null ? null : manufacturers.get(actor.get(), id);
    }

    public Manufacturer getCompany() {
        return company;
    }
}
