package org.dronecoalition.application.demo;

import static org.dronecoalition.application.demo.DemoActors.CSO;
import static org.dronecoalition.application.demo.DemoActors.representative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.fund.FundCharter;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Money;

/**
 * The two funds: the joint procurement fund (EUR 50 million received by October 2024, Latvia's
 * EUR 5 million among it) and the MoU special fund (EUR 45 million pledged by five members).
 * Splits beyond those public figures, and the dates of pledges and receipts, are illustrative.
 */
@ApplicationScoped
class DemoFunds {

    private static final String[][] JOINT_PLEDGES = {{"LV", "5000000"}, {"GB", "10000000"}, {"NL", "8000000"},
        {"SE", "6000000"}, {"DK", "5000000"}, {"DE", "6000000"}, {"LT", "2000000"}, {"EE", "2000000"},
        {"CA", "3000000"}, {"AU", "3000000"}};

    @Inject
    FundService funds;

    @Inject
    ContributionService contributions;

    @Inject
    Replay replay;

    /** The joint fund and the pledges made to it. */
    record JointFund(long id, List<Long> pledges) {
    }

    /** Each founding member pledges to the joint fund; half of each pledge arrives in April. */
    JointFund openJointFund() {
        replay.at(LocalDate.of(2024, 2, 20));
        long joint = funds.create(CSO, new FundCharter("Joint procurement fund",
                "Joint procurement of drones for Ukraine through the coalition's international tenders", null,
                Money.of("50000000.00"))).getId();
        replay.at(LocalDate.of(2024, 3, 25));
        List<Long> pledges = new ArrayList<>();
        for (String[] pledge : JOINT_PLEDGES) {
            pledges.add(contributions.pledge(representative(pledge[0]), null, joint, CountryCode.of(pledge[0]),
                    Money.of(pledge[1])).getId());
        }
        replay.at(LocalDate.of(2024, 4, 15));
        pledges.forEach(id -> receive(id, contributions.get(id).getPledged().amount()
                .divide(BigDecimal.valueOf(2))));
        return new JointFund(joint, pledges);
    }

    /** The rest of the joint fund's pledges arrives: EUR 50 million in all by October 2024. */
    void completeJointFund(JointFund fund) {
        replay.at(LocalDate.of(2024, 9, 30));
        fund.pledges().forEach(id -> receive(id, contributions.get(id).getOutstanding().amount()));
    }

    /** The special fund of the Memorandum of Understanding of 10 July 2024. */
    long openMouFund() {
        replay.at(LocalDate.of(2024, 7, 10), 15);
        long mou = funds.create(CSO, new FundCharter("MoU special fund",
                "Special fund created by the Memorandum of Understanding of the drone coalition",
                "Memorandum of Understanding of 10 July 2024", Money.of("45000000.00"))).getId();
        String[][] pledges = {{"NL", "15000000", "15000000"}, {"GB", "15000000", "10000000"},
            {"SE", "8000000", "4000000"}, {"LV", "5000000", "5000000"}, {"NZ", "2000000", "1000000"}};
        replay.at(LocalDate.of(2024, 7, 12));
        Map<Long, String> received = new LinkedHashMap<>();
        for (String[] p : pledges) {
            received.put(contributions.pledge(representative(p[0]), null, mou, CountryCode.of(p[0]), Money.of(p[1]))
                    .getId(), p[2]);
        }
        replay.at(LocalDate.of(2024, 8, 15));
        received.forEach((id, amount) -> receive(id, new BigDecimal(amount)));
        return mou;
    }

    private void receive(long contribution, BigDecimal amount) {
        contributions.receive(CSO, null, contribution, new Money(amount));
    }
}
