package org.dronecoalition.domain.order;

/** The life cycle of an order; deliveries move it to PARTIALLY_DELIVERED and DELIVERED. */
public enum OrderStatus {
    PLACED, IN_PRODUCTION, PARTIALLY_DELIVERED, DELIVERED, CLOSED, CANCELLED
}
