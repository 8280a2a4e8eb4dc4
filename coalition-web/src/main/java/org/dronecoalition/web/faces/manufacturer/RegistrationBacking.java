package org.dronecoalition.web.faces.manufacturer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.dronecoalition.application.ManufacturerService;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.web.faces.FacesErrors;

/** Public self-registration of a manufacturer and its first user. */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registration";

    @Inject
    ManufacturerService manufacturers;

    private String legalName;
    private String country;
    private String registrationNumber;
    private String contactName;
    private String contactEmail;
    private List<DroneCategory> categories;
    private Integer monthlyCapacity;
    private String username;
    private String password;
    private Long registeredId;

    public void register() {
        try {
            if (categories == null || categories.isEmpty()) {
                throw new InvalidInputException("categories", "name at least one drone category you produce");
            }
            registeredId = manufacturers.register(new ManufacturerService.Registration(legalName,
                    CountryCode.of("country", country), registrationNumber, contactName, contactEmail, EnumSet.copyOf(categories),
                    monthlyCapacity, username, password)).getId();
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public DroneCategory[] getCategoryChoices() {
        return DroneCategory.values();
    }

    public Long getRegisteredId() {
        return registeredId;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
