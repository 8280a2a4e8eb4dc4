package org.dronecoalition.it;

import static io.restassured.RestAssured.given;
import static org.dronecoalition.it.Tendering.publishTender;
import static org.dronecoalition.it.Tendering.submit;
import static org.dronecoalition.it.Tendering.user;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A proposal before its tender's deadline leaves no trace anywhere but with its authors: every
 * channel a reader has is searched for the marks only this proposal carries (a phrase of its
 * technical data, its document's name, its unit price) and for its author's name: lists, single
 * reads, the dashboard and its CSV tables, the audit trail, the public pages, the refusals other
 * users get, and the server's log.
 */
class SealingIT extends DeployedPlatform {

    private static final List<String> READERS = Arrays.asList(null, "cso", "rep-lv", "tester");
    private static final List<String> DASHBOARD_TABLES = List.of("funds", "countries", "drones-by-category",
            "drones-by-manufacturer", "drones-by-month", "country-shares", "open-tenders");

    private final List<String> leaks = new ArrayList<>();

    @Test
    void nothingAboutAProposalReachesAnyoneButItsAuthorsBeforeTheOpening() throws IOException {
        String mark = "SEALED-" + UUID.randomUUID();
        String file = mark.toLowerCase() + ".pdf";
        String price = "2743.19";
        String ref = publishTender(Duration.ofHours(2));
        String author = Tendering.verifiedManufacturer("UA");
        String company = "Company " + author;
        long proposal = user(author).body("{\"unitPrice\":" + price + ",\"quantity\":500,\"monthlyCapacity\":100,"
                + "\"leadTimeDays\":30,\"technicalData\":\"" + mark + "\"}").post("/tenders/" + ref + "/proposals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        user(author).contentType("application/pdf").body(ProposalApiIT.PDF)
                .post("/proposals/" + proposal + "/documents?name=" + file).then().statusCode(201);
        submit(author, proposal);
        List<String> proposalMarks = List.of(mark, file, price);
        List<String> marks = List.of(mark, file, price, company);

        for (String reader : READERS) {
            look(reader, marks, spec(reader).get("/tenders/" + ref).asString());
            look(reader, marks, spec(reader).get("/tenders?size=100").asString());
            look(reader, marks, spec(reader).get("/tenders/" + ref + "/proposals").asString());
            look(reader, marks, spec(reader).get("/proposals/" + proposal).asString());
            look(reader, marks, spec(reader).get("/proposals/" + proposal + "/receipts").asString());
            look(reader, marks, spec(reader).get("/dashboard").asString());
            for (String table : DASHBOARD_TABLES) {
                look(reader, marks, spec(reader).accept("text/csv").get("/dashboard/" + table + ".csv").asString());
            }
        }
        // The audit trail and the log may name the company (its registration), never the proposal.
        look("cso", proposalMarks, Api.as("cso").get("/audit-events?size=100").asString());
        look("rep-lv", proposalMarks, Api.as("rep-lv").get("/audit-events?size=100").asString());
        String rival = Tendering.verifiedManufacturer("LV");
        look(rival, marks, user(rival).get("/proposals/" + proposal).asString());
        look(rival, marks, user(rival).get("/tenders/" + ref + "/proposals").asString());
        look(rival, marks, user(rival).body("{\"version\":1}").post("/proposals/" + proposal + "/submission")
                .asString());
        look("anonymous page", marks, given().get(Api.BASE_URL + "/").asString());
        look("anonymous page", marks, given().get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + ref).asString());
        look("server log", proposalMarks, serverLog());

        assertThat(leaks, is(empty()));
        assertThat("the author reads it", user(author).get("/proposals/" + proposal).asString(),
                containsString(mark));
    }

    private static RequestSpecification spec(String reader) {
        return reader == null ? Api.anonymous() : Api.as(reader);
    }

    private void look(String reader, List<String> marks, String answer) {
        for (String m : marks) {
            if (answer.contains(m)) {
                leaks.add((reader == null ? "anonymous" : reader) + " saw " + m);
            }
        }
    }

    private static String serverLog() throws IOException {
        Path log = Path.of(System.getProperty("payara.domain.dir", "target"), "cargo-domain", "logs", "server.log");
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
