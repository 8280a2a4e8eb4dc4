package org.dronecoalition.domain.member;

/**
 * The part a country plays in the coalition. A country may hold several (Latvia initiated the
 * coalition and co-leads it); MEMBER means none of the others and stands alone.
 */
public enum MemberRole {
    INITIATOR,
    CO_LEAD,
    MEMBER
}
