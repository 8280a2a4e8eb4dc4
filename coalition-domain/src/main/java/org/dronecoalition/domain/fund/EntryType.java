package org.dronecoalition.domain.fund;

/** The movements of money a fund's ledger knows. Amounts are positive; a correction is negative. */
public enum EntryType {
    /** Money from a member country arrived in the fund. */
    CONTRIBUTION_RECEIVED,
    /** Money set aside for an order; no longer available. */
    COMMITMENT,
    /** Committed money that will not be spent (order cancelled or closed under its value). */
    RELEASE,
    /** Committed money paid out to a supplier. */
    PAYMENT
}
