package org.dronecoalition.domain.award;

/** A member country's vote on an award decision. */
public enum Vote {
    APPROVE, REJECT, ABSTAIN
}
