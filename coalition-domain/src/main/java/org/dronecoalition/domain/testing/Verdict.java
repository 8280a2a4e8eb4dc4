package org.dronecoalition.domain.testing;

/** The outcome of testing a pilot batch; only PASSED opens the way to a scale-up order. */
public enum Verdict {
    PASSED, CONDITIONAL, FAILED
}
