package org.dronecoalition.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.dronecoalition.application.FundService;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.domain.fund.FundBalance;

/** The home page: how far the coalition has grown towards its planned size, and its money. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    @Inject
    MembershipService membership;

    @Inject
    FundService funds;

    private MembershipService.Growth growth;
    private FundService.MoneyOverview money;

    @PostConstruct
    void load() {
        growth = membership.growth();
        money = funds.moneyOverview();
    }

    /** Pledged, received, committed, paid and available money of all funds together. */
    public FundBalance getMoney() {
        return money.total();
    }

    public BigDecimal getPledged() {
        return money.pledged().amount();
    }

    public long getMembers() {
        return growth.members();
    }

    public int getPlanned() {
        return growth.planned();
    }

    public int getPercentOfPlan() {
        return (int) Math.min(100, growth.members() * 100 / growth.planned());
    }

    /** A Chart.js line chart of the number of members at the end of each month with a join. */
    public String getJoinsChart() {
        Map<YearMonth, Integer> cumulative = new TreeMap<>();
        int count = 0;
        for (LocalDate date : growth.joinDates()) {
            cumulative.put(YearMonth.from(date), ++count);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder members = Json.createArrayBuilder();
        JsonArrayBuilder planned = Json.createArrayBuilder();
        cumulative.forEach((month, n) -> {
            labels.add(month.toString());
            members.add(n);
            planned.add(growth.planned());
        });
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Member countries")
                                        .add("data", members).add("fill", true).add("stepped", true))
                                .add(Json.createObjectBuilder().add("label", "Planned")
                                        .add("data", planned).add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                        .add("pointRadius", 0))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("suggestedMax", growth.planned()))))
                .build().toString();
    }
}
