package org.dronecoalition.domain.tender;

/** The life cycle of a call for proposals. */
public enum TenderStatus {
    DRAFT, PUBLISHED, CLOSED, EVALUATION, AWARDED, UNSUCCESSFUL, CANCELLED;

    /** States from which the CSO may still cancel. */
    boolean isOpen() {
        return this == DRAFT || this == PUBLISHED || this == CLOSED || this == EVALUATION;
    }
}
