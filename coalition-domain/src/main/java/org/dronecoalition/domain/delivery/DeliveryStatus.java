package org.dronecoalition.domain.delivery;

/** SHIPPED towards Ukraine, then RECEIVED there with accepted and rejected counts. */
public enum DeliveryStatus {
    SHIPPED, RECEIVED
}
