package org.dronecoalition.domain.delivery;

/** Drones bought through an ORDER, or donated IN_KIND by a member country. */
public enum DeliverySource {
    ORDER, IN_KIND
}
