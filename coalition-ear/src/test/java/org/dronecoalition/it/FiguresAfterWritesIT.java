package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The figures the server remembers between changes (the dashboard's money and drones, the counts
 * of the deliveries list) show each write at the very next read.
 */
class FiguresAfterWritesIT extends DeployedPlatform {

    private static final String DONATION = "{\"source\":\"IN_KIND\",\"memberCode\":\"LV\",\"category\":\"INTERCEPTOR\","
            + "\"quantity\":7,\"shippedOn\":\"2026-02-11\",\"destination\":\"Kyiv\"}";

    @Test
    void aDonationIsInTheListsCountsAndTheDashboardAtTheNextRead() {
        long all = total(r -> r);
        long fromLatvia = total(r -> r.queryParam("source", "IN_KIND").queryParam("member", "LV"));
        long inFebruary = total(r -> r.queryParam("month", "2026-02"));
        long shipped = anonymous().get("/dashboard").then().statusCode(200).extract().jsonPath()
                .getLong("dronesShipped");

        as("rep-lv").body(DONATION).post("/deliveries").then().statusCode(201);

        assertThat("all deliveries", total(r -> r), is(all + 1));
        assertThat("Latvia's donations", total(r -> r.queryParam("source", "IN_KIND").queryParam("member", "LV")),
                is(fromLatvia + 1));
        assertThat("shipped in February 2026", total(r -> r.queryParam("month", "2026-02")), is(inFebruary + 1));
        assertThat("drones shipped on the dashboard", anonymous().get("/dashboard").then().extract().jsonPath()
                .getLong("dronesShipped"), is(shipped + 7));
    }

    @Test
    void aCommitmentIsInTheDashboardsMoneyAtTheNextRead() {
        long fund = as("cso").body("{\"name\":\"Figures after writes " + Tendering.unique() + "\"}").post("/funds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long pledge = as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":500.00}")
                .post("/contributions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("cso").body("{\"amount\":500.00}").post("/contributions/" + pledge + "/receipts").then().statusCode(201);
        assertThat("committed before", committed(fund), is(new BigDecimal("0.00")));

        as("cso").body("{\"type\":\"COMMITMENT\",\"amount\":120.00,\"reference\":\"figures-after-writes\"}")
                .post("/funds/" + fund + "/ledger").then().statusCode(201);

        assertThat("committed after", committed(fund), is(new BigDecimal("120.00")));
    }

    @Test
    void aPledgeAndARenamedFundAreInTheDashboardsMoneyAtTheNextRead() {
        String name = "Figures after a pledge " + Tendering.unique();
        JsonPath fund = as("cso").body("{\"name\":\"" + name + "\"}").post("/funds").then().statusCode(201)
                .extract().jsonPath();
        long id = fund.getLong("id");
        assertThat("pledged before", fundFigure(id, "pledged", BigDecimal.class), is(new BigDecimal("0.00")));

        as("cso").body("{\"fundId\":" + id + ",\"memberCode\":\"GB\",\"amount\":750.00}").post("/contributions")
                .then().statusCode(201);
        assertThat("pledged after the pledge", fundFigure(id, "pledged", BigDecimal.class),
                is(new BigDecimal("750.00")));

        as("cso").body("{\"name\":\"" + name + " renamed\",\"version\":" + fund.getLong("version") + "}")
                .put("/funds/" + id).then().statusCode(200);
        assertThat("name after the renaming", fundFigure(id, "name", String.class), is(name + " renamed"));
    }

    private static <T> T fundFigure(long fund, String figure, Class<T> type) {
        return anonymous().get("/dashboard").then().statusCode(200).extract().jsonPath()
                .getObject("funds.find { it.fundId == " + fund + " }." + figure, type);
    }

    private static long total(UnaryOperator<RequestSpecification> filter) {
        return filter.apply(as("rep-lv").queryParam("size", 1)).get("/deliveries").then().statusCode(200).extract()
                .jsonPath().getLong("total");
    }

    private static BigDecimal committed(long fund) {
        return fundFigure(fund, "committed", BigDecimal.class);
    }
}
