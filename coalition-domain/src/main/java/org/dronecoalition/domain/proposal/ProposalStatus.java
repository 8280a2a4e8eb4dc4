package org.dronecoalition.domain.proposal;

/** DRAFT until first submitted; SUBMITTED proposals are opened at the deadline, WITHDRAWN ones never. */
public enum ProposalStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
