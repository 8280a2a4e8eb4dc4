package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Tendering.propose;
import static org.dronecoalition.it.Tendering.publishTender;
import static org.dronecoalition.it.Tendering.standAt;
import static org.dronecoalition.it.Tendering.submit;
import static org.dronecoalition.it.Tendering.user;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sealed proposals: who sees what, before and after the deadline, by id, in lists and for
 * documents; receipts that bidders can check; documents checked by their bytes and limited.
 */
class ProposalApiIT extends DeployedPlatform {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    @Test
    void theConfidentialityMatrixHoldsBeforeAndAfterTheDeadline() throws Exception {
        String ref = publishTender(Duration.ofHours(2));
        String rival = Tendering.verifiedManufacturer("LV");
        long ours = propose("maker", ref, "2500.00");
        long document = user("maker").contentType("application/pdf").body(PDF)
                .post("/proposals/" + ours + "/documents?name=datasheet.pdf").then().statusCode(201)
                .body("sha256", is(sha256(PDF))).extract().jsonPath().getLong("id");
        String ourReceipt = submit("maker", ours);
        long theirs = propose(rival, ref, "2700.00");
        String theirReceipt = submit(rival, theirs);
        String proposal = "/proposals/" + ours;
        String file = proposal + "/documents/" + document;

        // Before the deadline: the authors only.
        user("maker").get(proposal).then().statusCode(200).body("unitPrice", is(Api.euros("2500.00")));
        user("maker").get("/tenders/" + ref + "/proposals").then().statusCode(200).body("total", is(1));
        assertThat(user("maker").get(file).then().statusCode(200).extract().asByteArray(), is(PDF));
        for (String other : List.of(rival, "cso", "rep-lv")) {
            user(other).get(proposal).then().statusCode(404).contentType(PROBLEM);
            user(other).get(file).then().statusCode(404);
            user(other).get(proposal + "/receipts").then().statusCode(404);
            List<Integer> listed = user(other).get("/tenders/" + ref + "/proposals").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertThat(other + " lists", listed.contains((int) ours), is(false));
        }
        // A test officer never reads proposals: refused for the role, whatever exists.
        user("tester").get(proposal).then().statusCode(403);
        user("tester").get(file).then().statusCode(403);
        user("tester").get("/tenders/" + ref + "/proposals").then().statusCode(403);
        as("cso").get("/tenders/" + ref).then().body("proposalsSubmitted", is(2)).body("openingReceipts", empty());
        anonymous().get(proposal).then().statusCode(401);
        anonymous().get("/tenders/" + ref + "/proposals").then().statusCode(401);
        anonymous().get(file).then().statusCode(401);

        // After the deadline: the coalition reads everything, other manufacturers still nothing.
        standAt(Tendering.deadlineOf(ref).plus(Duration.ofSeconds(1)));
        for (String coalition : List.of("cso", "rep-lv")) {
            user(coalition).get(proposal).then().statusCode(200).body("manufacturer", is("Vyriy Drone Works"))
                    .body("unitPrice", is(Api.euros("2500.00"))).body("receipt.sha256", is(ourReceipt))
                    .body("documents[0].sha256", is(sha256(PDF)));
            assertThat(user(coalition).get(file).then().statusCode(200).header("X-Content-SHA256", sha256(PDF))
                    .extract().asByteArray(), is(PDF));
            assertThat(user(coalition).get("/tenders/" + ref + "/proposals").then().statusCode(200).extract()
                    .jsonPath().getList("items.id"), containsInAnyOrder((int) ours, (int) theirs));
        }
        user(rival).get(proposal).then().statusCode(404);
        user(rival).get(file).then().statusCode(404);
        user("maker").get("/proposals/" + theirs).then().statusCode(404);
        user("tester").get(proposal).then().statusCode(403);
        anonymous().get(proposal).then().statusCode(401);
        assertThat(anonymous().get("/tenders/" + ref).then().statusCode(200).extract().jsonPath()
                .getList("openingReceipts"), containsInAnyOrder(ourReceipt, theirReceipt));
    }

    @Test
    void aShiftOfTheClockPastTheDeadlineClosesTheTenderAndOpensTheProposals() {
        String ref = publishTender(Duration.ofHours(2));
        String receipt = submit("maker", propose("maker", ref, "2600.00"));
        standAt(Tendering.deadlineOf(ref).plus(Duration.ofSeconds(1)));
        anonymous().get("/tenders/" + ref).then().body("status", is("CLOSED"));
        Tendering.open(ref);
        anonymous().get("/tenders/" + ref).then().body("status", is("CLOSED")).body("openingReceipts[0]", is(receipt));
        as("cso").get("/audit-events?aggregateType=Tender&aggregateId=" + ref).then().statusCode(200)
                .body("items[0].action", is("OPENED")).body("items[0].detail", containsString(receipt));
    }

    @Test
    void theCsoActsOnATenderRightAfterItsDeadlineWithoutWaitingForTheTimer() {
        String ref = publishTender(Duration.ofHours(2));
        long id = propose("maker", ref, "2550.00");
        submit("maker", id);
        standAt(Tendering.deadlineOf(ref).plus(Duration.ofMillis(300)));
        try {
            Tendering.judge(ref, id, true, null);
            anonymous().get("/tenders/" + ref).then().body("status", is("EVALUATION"))
                    .body("openedAt", notNullValue());
        } finally {
            Tendering.realTime();
        }
    }

    @Test
    void aSuspendedManufacturerCannotChangeOrSubmitItsProposal() {
        String ref = publishTender(Duration.ofHours(2));
        String maker = Tendering.verifiedManufacturer("UA");
        long id = propose(maker, ref, "2500.00");
        long company = user(maker).get("/proposals/" + id).then().extract().jsonPath().getLong("manufacturerId");
        long version = as("cso").get("/manufacturers/" + company).then().extract().jsonPath().getLong("version");
        as("cso").body("{\"version\":" + version + ",\"reason\":\"Export licence expired\"}")
                .post("/manufacturers/" + company + "/suspension").then().statusCode(200);
        user(maker).body("{\"version\":" + Tendering.version(maker, id) + "}").post("/proposals/" + id + "/submission")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("SUSPENDED"));
        String revised = Tendering.offer("2400.00").replaceFirst("}$", ",\"version\":" + Tendering.version(maker, id)
                + "}");
        user(maker).body(revised).put("/proposals/" + id).then().statusCode(409);
    }

    @Test
    void theAuditTrailShowsNothingOfAProposalUntilItsTenderIsOpened() throws Exception {
        String ref = publishTender(Duration.ofHours(2));
        long id = propose("maker", ref, "2700.00");
        user("maker").contentType("application/pdf").body(PDF).post("/proposals/" + id + "/documents?name=bid.pdf")
                .then().statusCode(201);
        submit("maker", id);
        String events = "/audit-events?aggregateType=Proposal&aggregateId=" + id;
        as("cso").get(events).then().statusCode(200).body("total", is(0)).body("items", hasSize(0));
        as("cso").get("/audit-events?size=100").then().statusCode(200)
                .body("items.findAll { it.aggregateType == 'Proposal' }.aggregateId", not(hasItem(String.valueOf(id))))
                .body("items.detail", not(hasItem(containsString("bid.pdf"))));
        Tendering.open(ref);
        as("cso").get(events).then().statusCode(200).body("total", is(3))
                .body("items.action", containsInAnyOrder("DRAFTED", "DOCUMENT_ATTACHED", "SUBMITTED"));
    }

    @Test
    void theReceiptHashIsTheSha256OfTheCanonicalTextThatNamesEveryDocument() throws Exception {
        String ref = publishTender(Duration.ofHours(2));
        long id = propose("maker", ref, "2450.50");
        user("maker").contentType("application/pdf").body(PDF).post("/proposals/" + id + "/documents?name=spec.pdf")
                .then().statusCode(201);
        long version = Tendering.version("maker", id);
        var receipt = user("maker").body("{\"version\":" + version + "}").post("/proposals/" + id + "/submission")
                .then().statusCode(201).extract().jsonPath();
        String canonical = receipt.getString("canonical");
        assertThat(receipt.getString("sha256"), is(sha256(canonical.getBytes(StandardCharsets.UTF_8))));
        assertThat(canonical, containsString("tender: " + ref + "\n"));
        assertThat(canonical, containsString("unitPrice: EUR 2450.50\n"));
        assertThat(canonical, containsString("technicalData: Top speed 280 km/h\\nThermal camera\n"));
        assertThat(canonical, containsString("document: " + sha256(PDF) + " " + PDF.length + " spec.pdf\n"));
        assertThat(receipt.getString("submittedAt"), notNullValue());
    }

    @Test
    void parallelSubmissionsOfOneVersionRecordExactlyOne() throws Exception {
        String ref = publishTender(Duration.ofHours(2));
        long id = propose("maker", ref, "2500.00");
        String body = "{\"version\":" + Tendering.version("maker", id) + "}";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> user("maker").body(body).post("/proposals/" + id + "/submission")
                        .then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201).count(), is(1L));
            assertThat(statuses.stream().filter(s -> s == 409).count(), is(5L));
        } finally {
            pool.shutdownNow();
        }
        assertThat(user("maker").get("/proposals/" + id + "/receipts").then().statusCode(200).extract().jsonPath()
                .getList("version"), contains(1));
    }

    @Test
    void anIncompleteProposalCannotBeSubmittedAndTheFieldIsNamed() {
        String ref = publishTender(Duration.ofHours(2));
        long id = user("maker").body("{\"unitPrice\":2500.00}").post("/tenders/" + ref + "/proposals").then()
                .statusCode(201).body("status", is("DRAFT")).extract().jsonPath().getLong("id");
        user("maker").body("{\"version\":" + Tendering.version("maker", id) + "}")
                .post("/proposals/" + id + "/submission").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("quantity"));
        user("maker").body("{\"unitPrice\":-1,\"version\":1}").put("/proposals/" + id).then().statusCode(400)
                .body("errors[0].field", is("unitPrice"));
    }

    @Test
    void documentsAreCheckedByTheirBytesAndLimitedInSizeAndCount() {
        String ref = publishTender(Duration.ofHours(2));
        long id = propose("maker", ref, "2500.00");
        String documents = "/proposals/" + id + "/documents";
        user("maker").contentType("application/pdf").body(EXE).post(documents + "?name=spec.pdf").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", is("file"))
                .body("detail", containsString("not a PDF, PNG or JPEG"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        user("maker").contentType("application/pdf").body(png).post(documents + "?name=photo.pdf").then()
                .statusCode(400).body("detail", containsString("its content is image/png"));
        user("maker").contentType("application/x-msdownload").body(EXE).post(documents + "?name=setup.exe").then()
                .statusCode(415).contentType(PROBLEM);
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        user("maker").contentType("application/pdf").body(large).post(documents + "?name=big.pdf").then()
                .statusCode(413).contentType(PROBLEM).body("errors[0].field", is("file"));
        String rival = Tendering.verifiedManufacturer("UA");
        user(rival).contentType("application/pdf").body(large).post(documents + "?name=big.pdf").then()
                .statusCode(404).contentType(PROBLEM);
        user("maker").contentType("image/png").body(png).post(documents + "?name=photo.png").then().statusCode(201)
                .body("mediaType", is("image/png"));
        long second = user("maker").contentType("application/pdf").body(PDF).post(documents + "?name=a.pdf").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        user("maker").contentType("application/pdf").body(PDF).post(documents + "?name=b.pdf").then().statusCode(201);
        user("maker").contentType("application/pdf").body(PDF).post(documents + "?name=c.pdf").then().statusCode(409)
                .body("detail", containsString("at most 3 documents"));
        user("maker").delete(documents + "/" + second).then().statusCode(204);
        user("maker").contentType("application/pdf").body(PDF).post(documents + "?name=c.pdf").then().statusCode(201);
        assertThat(user("maker").get(documents).then().statusCode(200).extract().jsonPath().getList("fileName"),
                containsInAnyOrder("photo.png", "b.pdf", "c.pdf"));
    }

    @Test
    void onlyVerifiedManufacturersFromEligibleCountriesBidAndOnlyOncePerTender() {
        String ref = publishTender(Duration.ofHours(2));
        String polish = Tendering.verifiedManufacturer("PL");
        user(polish).body(Tendering.offer("1.00")).post("/tenders/" + ref + "/proposals").then().statusCode(409)
                .body("detail", containsString("not from PL"));
        propose("maker", ref, "2500.00");
        user("maker").body(Tendering.offer("2400.00")).post("/tenders/" + ref + "/proposals").then().statusCode(409)
                .body("detail", containsString("already has proposal"));
        as("cso").body(Tendering.offer("1.00")).post("/tenders/" + ref + "/proposals").then().statusCode(403);
        user(Tendering.registeredManufacturer("UA")).body(Tendering.offer("1.00")).post("/tenders/" + ref
                + "/proposals").then().statusCode(409).body("detail", containsString("only verified manufacturers"));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
