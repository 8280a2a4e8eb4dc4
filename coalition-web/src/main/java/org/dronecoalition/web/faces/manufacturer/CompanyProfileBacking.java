package org.dronecoalition.web.faces.manufacturer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dronecoalition.application.ManufacturerService;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** A manufacturer's users keep their company's profile; a new legal identity goes back to verification. */
@Named
@ViewScoped
public class CompanyProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profile";

    @Inject
    ManufacturerService manufacturers;

    @Inject
    CurrentActor actor;

    private Long id;
    private long version;
    private String legalName;
    private String registrationNumber;
    private String contactName;
    private String contactEmail;
    private List<DroneCategory> categories;
    private Integer monthlyCapacity;

    @PostConstruct
    void load() {
        id = actor.get().manufacturerId();
        if (id != null) {
            show(manufacturers.get(actor.get(), id));
        }
    }

    public void save() {
        try {
            if (categories == null || categories.isEmpty()) {
                throw new InvalidInputException("categories", "name at least one drone category you produce");
            }
            Manufacturer m = manufacturers.describe(actor.get(), id, version, new ManufacturerService.Profile(
                    legalName, registrationNumber, contactName, contactEmail, EnumSet.copyOf(categories),
                    monthlyCapacity));
            Messages.addFlashGlobalInfo("Saved; {0} is {1}", m.getLegalName(), m.getStatus());
            Faces.redirect("company.xhtml");
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    private void show(Manufacturer m) {
        version = m.getVersion();
        legalName = m.getLegalName();
        registrationNumber = m.getRegistrationNumber();
        contactName = m.getContactName();
        contactEmail = m.getContactEmail();
        categories = new ArrayList<>(m.getCategories());
        monthlyCapacity = m.getMonthlyCapacity();
    }

    public DroneCategory[] getCategoryChoices() {
        return DroneCategory.values();
    }

    public boolean isCompany() {
        return id != null;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public List<DroneCategory> getCategories() {
        return categories;
    }

    public void setCategories(List<DroneCategory> categories) {
        this.categories = categories;
    }

    public Integer getMonthlyCapacity() {
        return monthlyCapacity;
    }

    public void setMonthlyCapacity(Integer monthlyCapacity) {
        this.monthlyCapacity = monthlyCapacity;
    }
}
