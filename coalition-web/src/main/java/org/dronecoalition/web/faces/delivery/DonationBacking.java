package org.dronecoalition.web.faces.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.dronecoalition.application.DeliveryService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** A member country's donation in kind: its representative records it for their country, the CSO for any. */
@Named
@ViewScoped
public class DonationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "donation";

    @Inject
    DeliveryService deliveries;

    @Inject
    CurrentActor actor;

    private String memberCode;
    private DroneCategory category;
    private Integer quantity;
    private LocalDate shippedOn;
    private String destination;

    @PostConstruct
    void init() {
        memberCode = actor.get().countryRepresented().map(CountryCode::value).orElse(null);
    }

    public void donate() {
        try {
            if (memberCode == null) {
                throw new InvalidInputException("memberCode", "choose the country that donates");
            }
            if (category == null) {
                throw new InvalidInputException("category", "choose the category of the drones");
            }
            Delivery d = deliveries.donate(actor.get(), CountryCode.of("memberCode", memberCode), category, quantity,
                    shippedOn, destination);
            Messages.addGlobalInfo("Recorded delivery {0}: {1} {2} donated by {3}", d.getId(), d.getQuantity(),
                    d.getCategory(), d.getMemberCode());
            quantity = null;
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public DroneCategory[] getCategories() {
        return DroneCategory.values();
    }

    /** A representative's country is fixed; only the CSO chooses. */
    public boolean isCountryFixed() {
        return !actor.get().has(Role.CSO_ADMIN);
    }

    public String getMemberCode() {
        return memberCode;
    }

    public void setMemberCode(String memberCode) {
        if (!isCountryFixed()) {
            this.memberCode = memberCode;
        }
    }

    public DroneCategory getCategory() {
        return category;
    }

    public void setCategory(DroneCategory category) {
        this.category = category;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public void setShippedOn(LocalDate shippedOn) {
        this.shippedOn = shippedOn;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }
}
