package org.dronecoalition.it;

import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deliveries list through the REST API, read page after page as a client system reads it. */
class DeliveryApiIT extends DeployedPlatform {

    @Test
    void eachPageStartsWhereThePageBeforeEnded() {
        JsonPath page = as("rep-lv").queryParam("size", 4).queryParam("source", "ORDER").get("/deliveries").then()
                .statusCode(200).extract().jsonPath();
        assertThat("demo deliveries of orders", page.getInt("totalPages"), greaterThan(3));
        for (int n = 1; n <= 3; n++) {
            page = as("rep-lv").queryParam("size", 4).queryParam("source", "ORDER")
                    .queryParam("after", page.getString("next")).get("/deliveries").then().statusCode(200)
                    .body("page", is(n)).extract().jsonPath();
            List<Integer> byOffset = as("rep-lv").queryParam("size", 4).queryParam("source", "ORDER")
                    .queryParam("page", n).get("/deliveries").then().extract().path("items.id");
            assertThat("page " + n + " from the cursor", page.getList("items.id"), is(byOffset));
        }
    }
}
