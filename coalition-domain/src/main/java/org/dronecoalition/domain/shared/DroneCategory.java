package org.dronecoalition.domain.shared;

/** The kinds of drones the coalition buys; tenders and manufacturers are classed by them. */
public enum DroneCategory {
    ADVANCED_FPV,
    INTERCEPTOR,
    STRIKE_FPV,
    RECONNAISSANCE,
    BOMBER,
    OTHER
}
