package org.dronecoalition.domain.member;

/** The part a country plays in the coalition. */
public enum MemberRole {
    INITIATOR,
    CO_LEAD,
    MEMBER
}
