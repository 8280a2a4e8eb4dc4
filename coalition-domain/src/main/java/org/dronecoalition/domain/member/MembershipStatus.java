package org.dronecoalition.domain.member;

public enum MembershipStatus {
    MEMBER,
    WITHDRAWN
}
