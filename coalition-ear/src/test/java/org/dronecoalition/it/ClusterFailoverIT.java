package org.dronecoalition.it;

import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two Payara Micro nodes behind HAProxy ({@code cluster/run}), and one of them killed with
 * {@code kill -9} while client systems pledge, commit and submit a proposal, each write with an
 * Idempotency-Key and retried as a real client retries. Afterwards every acknowledged write is
 * there exactly once, the fund's figures are exact, each tender was closed exactly once (one while
 * both nodes' timers raced for it, one by the survivor alone), and a representative who signed in
 * on the killed node finishes the form they had open. Runs only against a cluster:
 * {@code cluster/failover} starts one and names its folder ({@code coalition.cluster.dir}).
 */
@EnabledIfSystemProperty(named = "coalition.cluster.dir", matches = ".+")
class ClusterFailoverIT {

    private static final Path CLUSTER = Path.of(System.getProperty("coalition.cluster.dir", "."));
    /** The node that is killed: its own address, not the balancer's. */
    private static final String NODE_1 = "http://127.0.0.1:28081/coalition";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RetryingClient client = new RetryingClient(Api.BASE_URL);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Queue<String> committed = new ConcurrentLinkedQueue<>();
    private final Queue<Long> pledged = new ConcurrentLinkedQueue<>();
    private final Queue<Long> submitted = new ConcurrentLinkedQueue<>();
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();
    private String cso;
    private String makerToken;

    @Test
    void aNodeKilledMidStreamLosesNoWriteAndAppliesNoneTwice() throws Exception {
        String racedFor = Tendering.publishTender(Duration.ofSeconds(5), Duration.ofSeconds(15));
        String leftToSurvivor = Tendering.publishTender(Duration.ofSeconds(10), Duration.ofSeconds(50));
        long fund = fundWithMoney();
        String maker = Tendering.verifiedManufacturer("UA");
        long proposal = Tendering.propose(maker, leftToSurvivor, "2450.00");
        cso = Api.token("cso");
        makerToken = Api.token(maker);

        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            openPledgeFormSignedInOnNode1(browser, wait, fund);

            ExecutorService clients = Executors.newFixedThreadPool(4);
            clients.submit(() -> commit(cso, fund, "a"));
            clients.submit(() -> commit(cso, fund, "b"));
            clients.submit(() -> pledge(cso, fund));
            clients.submit(() -> submit(makerToken, proposal));

            awaitOpened(racedFor);
            assertThat("the second tender's deadline is still ahead when the node dies",
                    opened(leftToSurvivor), is(nullValue()));
            Thread.sleep(2000);
            int beforeKill = committed.size();
            kill("node-1");
            Instant killed = Instant.now();
            Thread.sleep(8000);
            assertThat("commitments acknowledged before the kill", beforeKill, greaterThan(0));
            assertThat("commitments acknowledged after the kill", committed.size(), greaterThan(beforeKill));

            Browser.post(browser, wait, By.id("pledge:submit"));
            Browser.screenshot(browser, "failover-pledge-posted");
            wait.withMessage(() -> "the pledge form after the kill shows " + browser.getTitle() + ": "
                    + browser.findElement(By.tagName("body")).getText())
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("pledge:messages"), "4,321.00"));
            assertThat(browser.findElement(By.id("nav:user")).getText().contains("rep-lv"), is(true));

            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES), is(true));
            System.out.printf("Failover: node-1 killed at %s with kill -9; %d requests, %d sent again after no node "
                    + "answered; acknowledged %d commitments, %d pledges, %d proposal submissions%n", killed,
                    client.requests.get(), client.retries.get(), committed.size(), pledged.size(), submitted.size());
        } finally {
            browser.quit();
        }

        assertThat("writes refused", refused, is(empty()));
        checkCommitments(fund);
        checkPledges(fund);
        checkSubmissions(proposal);
        awaitOpened(leftToSurvivor);
        assertThat("closings of the tender both timers raced for", closings(racedFor), is(1L));
        assertThat("closings of the tender the survivor closed", closings(leftToSurvivor), is(1L));
    }

    private void commit(String token, long fund, String client) {
        write(n -> {
            String reference = "failover-" + client + "-" + n;
            RetryingClient.Answer a = this.client.post(token, "/funds/" + fund + "/ledger", reference,
                    "{\"type\":\"COMMITMENT\",\"amount\":1.00,\"reference\":\"" + reference + "\"}");
            accept(a, () -> committed.add(reference));
        });
    }

    private void pledge(String token, long fund) {
        write(n -> {
            RetryingClient.Answer a = client.post(token, "/contributions", "failover-pledge-" + n,
                    "{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":100.00}");
            accept(a, () -> pledged.add(json(a).get("id").asLong()));
        });
    }

    private void submit(String token, long proposal) {
        write(n -> {
            long version = json(client.get(token, "/proposals/" + proposal)).get("version").asLong();
            RetryingClient.Answer a = client.post(token, "/proposals/" + proposal + "/submission",
                    "failover-submission-" + n, "{\"version\":" + version + "}");
            accept(a, () -> submitted.add(json(a).get("version").asLong()));
        });
    }

    private interface Write {
        void send(int n) throws Exception;
    }

    private void write(Write write) {
        try {
            for (int n = 1; running.get(); n++) {
                write.send(n);
            }
        } catch (Exception e) {
            refused.add(e.toString());
        }
    }

    private void accept(RetryingClient.Answer answer, Runnable acknowledged) {
        if (answer.status() == 201) {
            acknowledged.run();
        } else {
            refused.add(answer.status() + " " + answer.body());
        }
    }

    private void checkCommitments(long fund) throws Exception {
        Map<String, Integer> booked = new HashMap<>();
        for (JsonNode entry : all("/funds/" + fund + "/ledger?type=COMMITMENT")) {
            booked.merge(entry.get("reference").asText(), 1, Integer::sum);
        }
        List<String> lost = committed.stream().filter(r -> !booked.containsKey(r)).toList();
        List<String> twice = booked.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        System.out.printf("Commitments: %d acknowledged, %d booked, %d lost, %d applied twice%n", committed.size(),
                booked.size(), lost.size(), twice.size());
        assertThat("acknowledged commitments lost", lost, is(empty()));
        assertThat("commitments applied twice", twice, is(empty()));
        assertThat("commitments booked", booked.size(), is(committed.size()));
        BigDecimal balance = euros(json(client.get(cso, "/funds/" + fund + "/balance")).get("committed"));
        assertThat("committed on the fund", balance.compareTo(BigDecimal.valueOf(committed.size())), is(0));
    }

    private void checkPledges(long fund) throws Exception {
        List<Long> onFund = new ArrayList<>();
        for (JsonNode c : all("/members/LV/contributions")) {
            if (c.get("fundId").asLong() == fund && euros(c.get("pledged")).compareTo(new BigDecimal("100")) == 0) {
                onFund.add(c.get("id").asLong());
            }
        }
        System.out.printf("Pledges: %d acknowledged, %d recorded%n", pledged.size(), onFund.size());
        assertThat("acknowledged pledges lost", pledged.stream().filter(id -> !onFund.contains(id)).toList(), is(empty()));
        assertThat("pledges recorded", onFund.size(), is(pledged.size()));
        assertThat("the pledge from the form", all("/members/LV/contributions").stream()
                .filter(c -> c.get("fundId").asLong() == fund
                        && euros(c.get("pledged")).compareTo(new BigDecimal("4321.00")) == 0).count(), is(1L));
    }

    private void checkSubmissions(long proposal) throws Exception {
        JsonNode receipts = json(client.get(makerToken, "/proposals/" + proposal + "/receipts"));
        System.out.printf("Proposal submissions: %d acknowledged, %d receipts%n", submitted.size(), receipts.size());
        assertThat("receipts", receipts.size(), is(submitted.size()));
    }

    private long fundWithMoney() {
        long fund = as("cso").body("{\"name\":\"Failover fund " + Tendering.unique() + "\",\"purpose\":\"kill -9\"}")
                .post("/funds").then().statusCode(201).extract().jsonPath().getLong("id");
        long pledge = as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"GB\",\"amount\":1000000.00}")
                .post("/contributions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("cso").body("{\"amount\":1000000.00}").post("/contributions/" + pledge + "/receipts").then().statusCode(201);
        return fund;
    }

    /** Signs in on node-1 itself, then opens the form through the balancer and fills it in. */
    private static void openPledgeFormSignedInOnNode1(WebDriver browser, WebDriverWait wait, long fund) {
        browser.get(NODE_1 + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("rep-lv");
        browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:user"), "rep-lv"));
        browser.get(Api.BASE_URL + "/funds/pledge.xhtml");
        Browser.choose(browser, wait, "pledge:fundId", "Failover fund");
        Browser.type(browser.findElement(By.id("pledge:amount")), "4321.00");
    }

    private static void kill(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(CLUSTER.resolve(node + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static String opened(String tender) {
        return as("cso").get("/tenders/" + tender).then().statusCode(200).extract().jsonPath().getString("openedAt");
    }

    private static void awaitOpened(String tender) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (opened(tender) == null && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
        }
        assertThat("opened by a node's timer: " + tender, opened(tender) != null, is(true));
    }

    private static long closings(String tender) {
        return as("cso").queryParam("aggregateType", "Tender").queryParam("aggregateId", tender)
                .queryParam("size", 100).get("/audit-events").then().statusCode(200).extract().jsonPath()
                .getList("items.action").stream().filter("OPENED"::equals).count();
    }

    /** Every item of a paginated list, page by page. */
    private List<JsonNode> all(String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = json(client.get(cso, path + separator + "size=100&page=" + page));
            answer.get("items").forEach(items::add);
            if (page + 1 >= answer.get("totalPages").asInt()) {
                return items;
            }
        }
    }

    private static BigDecimal euros(JsonNode amount) {
        return new BigDecimal(amount.asText());
    }

    private static JsonNode json(RetryingClient.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON (" + answer.status() + "): " + answer.body(), e);
        }
    }
}
