package org.dronecoalition.domain.award;

/** OPEN while the member countries vote; PASSED awards the tender, FAILED returns it to the CSO. */
public enum DecisionStatus {
    OPEN, PASSED, FAILED
}
