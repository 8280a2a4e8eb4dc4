package org.dronecoalition.domain.account;

/** The roles of DOMAIN.md; the names are also the security groups of the web tier. */
public enum Role {
    CSO_ADMIN,
    MEMBER_REP,
    TEST_OFFICER,
    MANUFACTURER
}
