package org.dronecoalition.web.faces;

import static org.dronecoalition.web.faces.ScriptJson.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dronecoalition.application.DashboardService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.domain.figures.DroneFigures;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.answers.ChangesWithTime;
import org.dronecoalition.web.answers.PageChanges;

/**
 * The home page: how far the coalition has grown towards its planned size, its money, the drones
 * it ordered and delivered against the target, its tenders and each country's share.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    @Inject
    DashboardService dashboard;

    @Inject
    PageChanges pageChanges;

    private MembershipService.Growth growth;
    private FundService.MoneyOverview money;
    private DashboardService.Figures figures;

    @PostConstruct
    void load() {
        figures = dashboard.figures();
        growth = figures.growth();
        money = figures.money();
        pageChanges.changesAt(ChangesWithTime.openTendersChange(figures.openTenders()));
    }

    public DashboardService.Figures getFigures() {
        return figures;
    }

    public int getTargetLow() {
        return DashboardService.TARGET_LOW;
    }

    public int getTargetHigh() {
        return DashboardService.TARGET_HIGH;
    }

    /** Accepted drones as a share of the upper target, for the progress bar. */
    public int getPercentOfTarget() {
        return (int) Math.min(100, figures.accepted() * 100 / DashboardService.TARGET_HIGH);
    }

    public String getMonthChart() {
        return DroneCharts.bars(figures.byMonth(), DroneFigures.Count::key,
                new DroneCharts.Series<>("Ordered", "#9aa5b1", DroneFigures.Count::ordered),
                new DroneCharts.Series<>("Shipped", "#0b3d91", DroneFigures.Count::shipped),
                new DroneCharts.Series<>("Accepted in Ukraine", "#ffd500", DroneFigures.Count::accepted));
    }

    public String getCategoryChart() {
        return DroneCharts.bars(figures.byCategory(), DroneFigures.Count::key,
                new DroneCharts.Series<>("Ordered", "#9aa5b1", DroneFigures.Count::ordered),
                new DroneCharts.Series<>("Accepted in Ukraine", "#ffd500", DroneFigures.Count::accepted));
    }

    public String getManufacturerChart() {
        return DroneCharts.bars(figures.leadingManufacturers().withOthers(), DroneFigures.Count::key,
                new DroneCharts.Series<>("Ordered", "#9aa5b1", DroneFigures.Count::ordered),
                new DroneCharts.Series<>("Accepted in Ukraine", "#ffd500", DroneFigures.Count::accepted));
    }

    public String getShareChart() {
        return DroneCharts.bars(figures.countryShares(), DroneFigures.CountryShare::country,
                new DroneCharts.Series<>("Credited from joint orders", "#0b3d91",
                        DroneFigures.CountryShare::creditedAccepted),
                new DroneCharts.Series<>("Donated in kind", "#ffd500", DroneFigures.CountryShare::donatedAccepted));
    }

    /** Pledged, received, committed, paid and available money of all funds together. */
    public FundBalance getMoney() {
        return money.total();
    }

    public BigDecimal getPledged() {
        return money.pledged().amount();
    }

    /** What the funds that have a target aim to raise together. */
    public BigDecimal getTarget() {
        return money.funds().stream().map(s -> s.fund().getTarget()).flatMap(Optional::stream)
                .reduce(Money.ZERO, Money::plus).amount();
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
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder members = JSON.createArrayBuilder();
        JsonArrayBuilder planned = JSON.createArrayBuilder();
        cumulative.forEach((month, n) -> {
            labels.add(month.toString());
            members.add(n);
            planned.add(growth.planned());
        });
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("label", "Member countries")
                                        .add("data", members).add("fill", true).add("stepped", true))
                                .add(JSON.createObjectBuilder().add("label", "Planned")
                                        .add("data", planned).add("borderDash", JSON.createArrayBuilder().add(6).add(4))
                                        .add("pointRadius", 0))))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("beginAtZero", true).add("suggestedMax", growth.planned()))))
                .build().toString();
    }
}
