package org.dronecoalition.it;

import static io.restassured.RestAssured.given;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages the server keeps for anonymous visitors are given again only while they are current,
 * as the REST answers are: a write shows at the next visit, a deadline passes on time without any
 * write, a signed-in visitor is given their own page, and no two visitors share a script nonce.
 */
class PublicPagesIT extends DeployedPlatform {

    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern STATUS = Pattern.compile("id=\"notice:status\".*?>(PUBLISHED|CLOSED)<", Pattern.DOTALL);

    @Test
    void everyVisitOfTheHomePageHasItsOwnScriptNonce() {
        Response first = visit("/");
        Response second = visit("/");

        String nonce = nonceOf(first);
        String again = nonceOf(second);
        assertThat(again, not(nonce));
        assertThat(second.asString(), containsString("nonce=\"" + again + "\""));
        assertThat(second.asString(), not(containsString(nonce)));
    }

    @Test
    void aFundMadeThroughTheApiShowsInTheNextVisitOfTheFundsOverview() {
        String name = "Kept pages fund " + Tendering.unique();
        visit("/funds/overview.xhtml");
        assertThat(visit("/funds/overview.xhtml").asString(), not(containsString(name)));

        as("cso").body("{\"name\":\"" + name + "\"}").post("/funds").then().statusCode(201);

        assertThat(visit("/funds/overview.xhtml").asString(), containsString(name));
    }

    @Test
    void aSignedInVisitorIsGivenTheirOwnPageAndLeavesNoneForOthers() {
        visit("/");
        assertThat(visit("/").asString(), containsString("Log in"));

        String signedIn = given().auth().preemptive().basic("cso", Api.PASSWORD).get(Api.BASE_URL + "/").asString();
        assertThat(signedIn, containsString("Log out"));

        assertThat(visit("/").asString(), not(containsString("Log out")));
    }

    @Test
    void aTenderNoticeReadsClosedAsSoonAsItsDeadlineHasPassed() {
        Tendering.readAcrossTheDeadline(ref -> {
            Matcher status = STATUS.matcher(visit("/tenders/tender.xhtml?ref=" + ref).asString());
            assertThat("the notice shows its status", status.find(), is(true));
            return status.group(1);
        });
    }

    private static Response visit(String page) {
        Response response = given().get(Api.BASE_URL + page);
        assertThat(page, response.statusCode(), is(200));
        return response;
    }

    private static String nonceOf(Response page) {
        Matcher m = POLICY_NONCE.matcher(String.join(", ", page.headers().getValues("Content-Security-Policy")));
        assertThat("the page's policy names its scripts' nonce", m.find(), is(true));
        return m.group(1);
    }
}
