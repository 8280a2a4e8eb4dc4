package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Requests sent at the same moment from as many threads, with proof that they were in the server
 * together: how many had been sent before the first answer came back (at least two, or the test
 * would have proved nothing about concurrency).
 */
final class Parallel {

    private Parallel() {
    }

    static List<Response> atOnce(String what, int count, IntFunction<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        long[] sent = new long[count];
        long[] answered = new long[count];
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                sent[index] = System.nanoTime();
                Response response = request.apply(index);
                answered[index] = System.nanoTime();
                return response;
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();
        long firstAnswer = Arrays.stream(answered).min().orElseThrow();
        long inFlightTogether = Arrays.stream(sent).filter(s -> s < firstAnswer).count();
        System.out.printf("%s: %d requests, %d in flight together before the first answer%n", what, count,
                inFlightTogether);
        assertThat("requests in flight together", inFlightTogether, greaterThanOrEqualTo(2L));
        return responses;
    }

    static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }
}
