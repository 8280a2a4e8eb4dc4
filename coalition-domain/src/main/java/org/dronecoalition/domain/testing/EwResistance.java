package org.dronecoalition.domain.testing;

/** How well the drones kept working under electronic warfare in the tests. */
public enum EwResistance {
    LOW, MEDIUM, HIGH
}
