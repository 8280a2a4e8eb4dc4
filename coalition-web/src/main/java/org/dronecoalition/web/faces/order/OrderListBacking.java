package org.dronecoalition.web.faces.order;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.OrderService;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.order.OrderStatus;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** Orders: all for the coalition, its own for a manufacturer. */
@Named
@ViewScoped
public class OrderListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;

    @Inject
    CurrentActor actor;

    private final PagedDataModel<Order> list = new PagedDataModel<>((page, sortBy, filterBy) -> {
        OrderStatus status = PagedDataModel.filterValue(filterBy, "status", OrderStatus.class);
        return orders.list(actor.get(), status, page);
    }, o -> String.valueOf(o.getId()));

    public PagedDataModel<Order> getList() {
        return list;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }
}
