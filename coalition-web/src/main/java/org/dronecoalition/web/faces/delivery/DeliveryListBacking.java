package org.dronecoalition.web.faces.delivery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import org.dronecoalition.application.DeliveryService;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.delivery.DeliveryRepository;
import org.dronecoalition.domain.delivery.DeliverySource;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** Deliveries to Ukraine, newest shipment first, narrowed by source, donor and month of shipment. */
@Named
@ViewScoped
public class DeliveryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliveryService deliveries;

    @Inject
    CurrentActor actor;

    private DeliverySource source;
    private String member;
    /** "2025-03"; the page accepts only that form. */
    private String month;

    private final PagedDataModel<Delivery> list = new PagedDataModel<>(
            (page, sortBy, filterBy) -> deliveries.list(actor.get(),
                    new DeliveryRepository.Filter(source, member,
                            month == null || month.isBlank() ? null : YearMonth.parse(month), null), page),
            d -> String.valueOf(d.getId()));

    public PagedDataModel<Delivery> getList() {
        return list;
    }

    public DeliverySource[] getSources() {
        return DeliverySource.values();
    }

    public DeliverySource getSource() {
        return source;
    }

    public void setSource(DeliverySource source) {
        this.source = source;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
