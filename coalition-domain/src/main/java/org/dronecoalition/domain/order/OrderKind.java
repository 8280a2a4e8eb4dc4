package org.dronecoalition.domain.order;

/** A PILOT batch for test and evaluation, or a SCALE_UP order once a pilot batch has passed. */
public enum OrderKind {
    PILOT, SCALE_UP
}
