package org.dronecoalition.domain.award;

/**
 * The count of an award vote. It passes with a quorum, more than half of the member countries
 * voting (an abstention is a vote), and more approvals than rejections.
 */
public record Tally(int approvals, int rejections, int abstentions, long memberCountries) {

    public int voted() {
        return approvals + rejections + abstentions;
    }

    public boolean quorate() {
        return 2L * voted() > memberCountries;
    }

    public boolean passes() {
        return quorate() && approvals > rejections;
    }
}
