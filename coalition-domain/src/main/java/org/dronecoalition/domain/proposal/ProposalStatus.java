package org.dronecoalition.domain.proposal;

/**
 * DRAFT until first submitted; SUBMITTED proposals are OPENED at the deadline, WITHDRAWN ones
 * never. The CSO finds an opened proposal COMPLIANT or NON_COMPLIANT; an award decision makes
 * each AWARDED or NOT_AWARDED.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, WITHDRAWN, OPENED, COMPLIANT, NON_COMPLIANT, AWARDED, NOT_AWARDED;

    /** Whether a proposal in this state takes part in the opening of its tender. */
    public boolean counts() {
        return this != DRAFT && this != WITHDRAWN;
    }
}
