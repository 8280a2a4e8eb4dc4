package org.dronecoalition.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client system as it behaves in front of a cluster: a request that got no answer from a node
 * (connection refused or reset, or the balancer's 502/503/504) is sent again, with the same
 * Idempotency-Key, until a node answers. Counts what it sent and how often it had to try again.
 */
final class RetryingClient {

    private static final Set<Integer> NO_NODE_ANSWERED = Set.of(502, 503, 504);
    private static final Duration GIVE_UP = Duration.ofMinutes(1);

    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    RetryingClient(String base) {
        this.base = base;
    }

    record Answer(int status, String body) {
    }

    Answer get(String token, String path) throws InterruptedException {
        return send(request(token, path).GET().build());
    }

    Answer post(String token, String path, String idempotencyKey, String json) throws InterruptedException {
        return send(request(token, path).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) throws InterruptedException {
        Instant giveUp = Instant.now().plus(GIVE_UP);
        while (true) {
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (!NO_NODE_ANSWERED.contains(response.statusCode())) {
                    return new Answer(response.statusCode(), response.body());
                }
            } catch (IOException noAnswer) {
                // The node went away with the request: ask again, the key makes it safe.
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("No node answered " + request.uri() + " within " + GIVE_UP);
            }
            retries.incrementAndGet();
            Thread.sleep(200);
        }
    }
}
