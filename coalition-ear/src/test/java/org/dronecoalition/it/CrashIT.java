package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged write survives the server process being killed mid-stream, on the embedded
 * database as on PostgreSQL: commitments on one fund from eight clients, {@code kill -9} while they
 * are sending, a start, and every commitment that was answered 201 is on the ledger. The start finds
 * its data and does not load the demo data again.
 */
class CrashIT extends DeployedPlatform {

    private static final int CLIENTS = 8;

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheServerAndDemoDataIsNotLoadedTwice() throws Exception {
        as("cso").body("{\"code\":\"CY\",\"joinedOn\":\"2025-02-01\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(201);
        int members = anonymous().get("/members").then().extract().path("total");
        long fund = as("cso").body("{\"name\":\"Crash fund " + Tendering.unique() + "\",\"purpose\":\"kill -9\"}")
                .post("/funds").then().statusCode(201).extract().jsonPath().getLong("id");
        long pledge = as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":1000000.00}")
                .post("/contributions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("cso").body("{\"amount\":1000000.00}").post("/contributions/" + pledge + "/receipts").then().statusCode(201);
        Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> commitUntilRefused(fund, sent, acknowledged, running));
        }
        Thread.sleep(4000);
        Domain.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES), is(true));

        Domain.start();
        anonymous().get("/members/CY").then().statusCode(200).body("name", is("Cyprus"));
        anonymous().get("/members").then().statusCode(200).body("total", is(members));
        List<Long> lost = acknowledged.stream()
                .filter(id -> as("cso").get("/funds/" + fund + "/ledger/" + id).statusCode() != 200).toList();
        System.out.printf("kill -9 under %d clients: %d commitments sent, %d acknowledged, %d lost%n", CLIENTS,
                sent.get(), acknowledged.size(), lost.size());
        assertThat("commitments acknowledged before the kill", acknowledged.size(), greaterThan(20));
        assertThat("acknowledged commitments missing after the restart", lost, is(empty()));
    }

    private static void commitUntilRefused(long fund, AtomicInteger sent, Queue<Long> acknowledged,
            AtomicBoolean running) {
        try {
            while (running.get()) {
                int n = sent.incrementAndGet();
                var response = as("cso").body("{\"type\":\"COMMITMENT\",\"amount\":1.00,\"reference\":\"crash-" + n
                        + "\"}").post("/funds/" + fund + "/ledger");
                if (response.statusCode() == 201) {
                    acknowledged.add(response.jsonPath().getLong("id"));
                }
            }
        } catch (RuntimeException connectionLost) {
            // the server is gone: this client stops, as a real one would until it is back
        }
    }
}
