package org.dronecoalition.domain.manufacturer;

/** PENDING_VERIFICATION → VERIFIED | REJECTED; VERIFIED → SUSPENDED → VERIFIED. */
public enum ManufacturerStatus {
    PENDING_VERIFICATION,
    VERIFIED,
    REJECTED,
    SUSPENDED
}
