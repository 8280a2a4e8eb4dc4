package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo data tells the coalition's record (DOMAIN.md) and was made by the application's own
 * services, so it obeys their rules and the audit trail knows each step at its date.
 */
class DemoRecordIT extends DeployedPlatform {

    @Test
    void twentyMembersByMid2025LatviaInitiatorAndCoLeadWithTheUnitedKingdom() {
        anonymous().get("/members/LV").then().body("roles", containsInAnyOrder("INITIATOR", "CO_LEAD"));
        anonymous().get("/members/GB").then().body("roles", containsInAnyOrder("CO_LEAD"));
        anonymous().get("/members/NO").then().body("joinedOn", startsWith("2025-04"));
        anonymous().get("/members/BE").then().body("joinedOn", startsWith("2025-06"));
        anonymous().get("/members/TR").then().body("joinedOn", startsWith("2025-06")).body("name", is("Türkiye"));
        List<String> joined = anonymous().queryParam("size", 100).get("/members").then().extract().jsonPath()
                .getList("items.findAll { it.status == 'MEMBER' && it.joinedOn <= '2025-06-30' }.code");
        assertThat(joined.size(), greaterThanOrEqualTo(20));
        as("cso").queryParam("aggregateType", "MemberCountry").queryParam("aggregateId", "TR").get("/audit-events")
                .then().body("items.find { it.action == 'ADMITTED' }.occurredAt", startsWith("2025-06-26"));
    }

    @Test
    void theFirstCompetitionHadFiveSuppliersDeliveringThirtyThousandDronesInSixMonths() {
        JsonPath award = anonymous().get("/tenders/DC-2024-FPV-01/award").then().statusCode(200).extract().jsonPath();
        assertThat(award.getList("lines"), hasSize(5));
        assertThat(award.getList("lines.quantity", Integer.class), everyItem(is(6000)));

        int accepted = 0;
        for (int month = 0; month < 10; month++) {
            String ym = LocalDate.of(2024, 7, 1).plusMonths(month).toString().substring(0, 7);
            JsonPath page = as("rep-lv").queryParam("source", "ORDER").queryParam("month", ym).queryParam("size", 100)
                    .get("/deliveries").then().statusCode(200).extract().jsonPath();
            List<Integer> counts = page.getList("items.accepted", Integer.class);
            accepted += counts.stream().mapToInt(c -> c == null ? 0 : c).sum();
            if (month >= 4) {
                assertThat("the larger orders deliver every month from November 2024", counts, hasSize(5));
            }
        }
        assertThat(accepted, is(30000));
    }

    @Test
    void pilotBatchesWereTestedForAboutThreeMonthsBeforeTheLargerOrders() {
        List<Map<String, Object>> pilots = as("rep-lv").queryParam("source", "ORDER").queryParam("month", "2024-07")
                .queryParam("size", 100).get("/deliveries").then().extract().jsonPath().getList("items");
        assertThat(pilots.size(), greaterThanOrEqualTo(5));
        for (Map<String, Object> delivery : pilots) {
            LocalDate arrived = LocalDate.parse((String) delivery.get("receivedOn"));
            JsonPath reports = as("rep-lv").get("/orders/" + delivery.get("orderId") + "/test-reports").then()
                    .statusCode(200).extract().jsonPath();
            LocalDate tested = OffsetDateTime.parse(reports.getString("[0].recordedAt")).toLocalDate();
            assertThat(ChronoUnit.DAYS.between(arrived, tested),
                    allOf(greaterThanOrEqualTo(80L), lessThanOrEqualTo(100L)));
            assertThat(reports.getString("[0].verdict"), is("PASSED"));
        }
    }

    @Test
    void ukrainianMakersBidFromSeptember2024AtTheSharesOfTheRecord() {
        assertThat(ukrainianBids("DC-2024-FPV-01"), is(List.of(0, 8)));
        assertThat("26% of advanced FPV bids", ukrainianBids("DC-2024-FPV-02"), is(List.of(5, 19)));
        assertThat("32% of interceptor bids", ukrainianBids("DC-2024-INT-01"), is(List.of(6, 19)));
    }

    @Test
    void theReconnaissanceTenderHasCriteriaOfItsOwn() {
        List<String> isr = anonymous().get("/tenders/DC-2025-ISR-01").then().extract().jsonPath()
                .getList("criteria.name");
        List<String> interceptor = anonymous().get("/tenders/DC-2024-INT-01").then().extract().jsonPath()
                .getList("criteria.name");
        assertThat(isr, hasItem("Sensor and imagery quality"));
        assertThat(isr, not(is(interceptor)));
    }

    @Test
    void everyCommitmentOfTheRecordIsAnOrders() {
        for (long fund : anonymous().get("/funds").then().extract().jsonPath().getList("items.id", Long.class)) {
            List<String> references = anonymous().queryParam("type", "COMMITMENT").queryParam("to", "2025-12-31")
                    .queryParam("size", 100).get("/funds/" + fund + "/ledger").then().statusCode(200).extract()
                    .jsonPath().getList("items.reference");
            assertThat(references, everyItem(startsWith("ORDER-")));
        }
    }

    /** Of a tender's bids: how many by Ukrainian manufacturers, and how many in all. */
    private static List<Integer> ukrainianBids(String reference) {
        List<Long> makers = as("cso").queryParam("size", 100).get("/tenders/" + reference + "/proposals").then()
                .statusCode(200).extract().jsonPath().getList("items.manufacturerId", Long.class);
        int ukrainian = (int) makers.stream().filter(id -> "UA".equals(as("cso").get("/manufacturers/" + id)
                .then().extract().path("country"))).count();
        return List.of(ukrainian, makers.size());
    }
}
