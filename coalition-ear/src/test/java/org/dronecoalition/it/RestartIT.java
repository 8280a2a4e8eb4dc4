package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** What is stored survives a restart of the server: the database is a file (or PostgreSQL), not memory. */
class RestartIT extends DeployedPlatform {

    @Test
    void aChangeSurvivesARestartOfTheServerAndDemoDataIsNotLoadedTwice() throws Exception {
        as("cso").body("{\"code\":\"CY\",\"joinedOn\":\"2025-02-01\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(201);
        int before = anonymous().get("/members").then().extract().path("total");

        Domain.restart();

        anonymous().get("/members/CY").then().statusCode(200).body("name", is("Cyprus"));
        anonymous().get("/members").then().statusCode(200).body("total", is(before));
    }
}
