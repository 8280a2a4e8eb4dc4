package org.dronecoalition.domain.contribution;

/** How much of a pledge has arrived. Only received money can be committed. */
public enum ContributionStatus {
    PLEDGED,
    PARTIALLY_RECEIVED,
    RECEIVED
}
