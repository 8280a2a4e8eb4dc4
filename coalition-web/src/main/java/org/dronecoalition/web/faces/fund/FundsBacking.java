package org.dronecoalition.web.faces.fund;

import static org.dronecoalition.web.faces.ScriptJson.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.dronecoalition.application.FundService;
import org.dronecoalition.application.FundService.FundSummary;
import org.dronecoalition.application.FundService.MemberFigures;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.web.faces.ScriptJson;

/** The money overview: per fund and per country, with a chart of where each fund's money stands. */
@Named("funds")
@RequestScoped
public class FundsBacking {

    @Inject
    FundService service;

    private FundService.MoneyOverview overview;

    @PostConstruct
    void load() {
        overview = service.moneyOverview();
    }

    public List<FundSummary> getFunds() {
        return overview.funds();
    }

    public List<MemberFigures> getMembers() {
        return overview.members();
    }

    public FundBalance getTotal() {
        return overview.total();
    }

    public BigDecimal getPledged() {
        return overview.pledged().amount();
    }

    /** A Chart.js stacked bar chart: each fund's received money split into paid, outstanding and available. */
    public String getChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        overview.funds().forEach(f -> labels.add(f.fund().getName()));
        return ScriptJson.of(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder()
                                .add(dataset("Paid", b -> b.paid().amount()))
                                .add(dataset("Committed, not yet paid", b -> b.outstanding().amount()))
                                .add(dataset("Available", b -> b.available().amount()))))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder()
                                .add("x", JSON.createObjectBuilder().add("stacked", true))
                                .add("y", JSON.createObjectBuilder().add("stacked", true))))
                .build());
    }

    private jakarta.json.JsonObjectBuilder dataset(String label, Function<FundBalance, BigDecimal> figure) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        overview.funds().forEach(f -> data.add(figure.apply(f.balance())));
        return JSON.createObjectBuilder().add("label", label).add("data", data);
    }
}
