package org.dronecoalition.web.faces.delivery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.DeliveryService;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** The CSO records what arrived in Ukraine of one shipment: accepted and rejected drones. */
@Named
@ViewScoped
public class DeliveryReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "receipt";

    @Inject
    DeliveryService deliveries;

    @Inject
    CurrentActor actor;

    private Long id;
    private Delivery delivery;
    private Integer accepted;
    private Integer rejected;

    public void load() {
        try {
            delivery = id == null ? null : deliveries.get(actor.get(), id);
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void receive() {
        try {
            delivery = deliveries.receive(actor.get(), id, delivery.getVersion(), accepted, rejected);
            Messages.addGlobalInfo("Received: {0} accepted, {1} rejected", delivery.getAccepted(),
                    delivery.getRejected());
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getAccepted() {
        return accepted;
    }

    public void setAccepted(Integer accepted) {
        this.accepted = accepted;
    }

    public Integer getRejected() {
        return rejected;
    }

    public void setRejected(Integer rejected) {
        this.rejected = rejected;
    }
}
