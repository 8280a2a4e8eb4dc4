package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dronecoalition.application.AuditService;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.application.TenderService;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.fund.FundCharter;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.tender.Criterion;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.domain.tender.TenderTerms;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two locks the platform's money and deadlines rest on, exercised inside the server with
 * transactions of their own, where no HTTP layer can serialise the calls: the fund row that every
 * ledger entry locks, and the tender row that closing locks.
 */
@ExtendWith(ArquillianExtension.class)
class LocksInContainerIT {

    private static final int CALLERS = 12;

    @Deployment
    static WebArchive archive() {
        return InContainer.archive(LocksInContainerIT.class);
    }

    @Inject
    Treasury treasury;

    @Inject
    FundService funds;

    @Inject
    ContributionService contributions;

    @Inject
    TenderService tenders;

    @Inject
    AuditService audit;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private long fund;

    /**
     * On the client, before the class: wait until the server answers. Right after the domain starts
     * it has once refused connections for over a minute, and a test started then fails for nothing.
     */
    @BeforeAll
    static void serverAnswers() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(System.getProperty("coalition.server.url",
                "http://localhost:8080") + "/health/ready")).build();
        for (int attempt = 1; attempt <= 90; attempt++) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                System.out.println("The server does not answer yet: " + e);
            }
            Thread.sleep(2000);
        }
    }

    /** Inside the server Arquillian injects the fields above before each test, on its @BeforeEach. */
    @BeforeEach
    void openAFund() {
        fund = funds.create(Actor.SYSTEM, new FundCharter("In-container fund " + UUID.randomUUID(), "Lock test",
                null, null)).getId();
    }

    @Test
    void commitmentsInParallelTransactionsNeverOverdrawTheFund() throws Exception {
        long pledge = contributions.pledge(Actor.SYSTEM, null, fund, CountryCode.of("LV"), Money.of("1000000.00"))
                .getId();
        contributions.receive(Actor.SYSTEM, null, pledge, Money.of("1000000.00"));

        List<Interval> calls = race(i -> treasury.commit(Actor.SYSTEM, fund, Money.of("150000.00"), "LOCK-" + i));

        long committed = calls.stream().filter(c -> c.refusal == null).count();
        assertThat("6 of 150,000 fit into 1,000,000", committed, is(6L));
        assertThat(calls.stream().filter(c -> c.refusal instanceof ConflictException).count(), is((long) CALLERS - 6));
        assertThat(funds.overview(fund).balance().available(), is(Money.of("100000.00")));
        System.out.printf("In-container commitments: %d callers, %d committed, %d open at once%n", CALLERS,
                committed, Interval.mostAtOnce(calls));
        assertThat("transactions open at once", Interval.mostAtOnce(calls), is(greaterThanOrEqualTo(2)));
    }

    @Test
    void aTenderIsClosedOnceHoweverManyCloseItAtOnce() throws Exception {
        String reference = "DC-IC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(4);
        var draft = tenders.draft(Actor.SYSTEM, reference, new TenderTerms("Closing race", DroneCategory.INTERCEPTOR,
                "Interceptors", "Range 10 km", 100, Money.of("100000.00"), fund, Set.of(CountryCode.of("UA")),
                List.of(new Criterion("Price", 60, true), new Criterion("Quality", 40, false)),
                deadline.minusSeconds(2), deadline, ZoneId.of("Europe/Kyiv")));
        tenders.publish(Actor.SYSTEM, reference, draft.tender().getVersion());
        long id = draft.tender().getId();
        Thread.sleep(Duration.between(Instant.now(), deadline.toInstant()).plusMillis(50).toMillis());

        List<Interval> calls = race(i -> tenders.close(id));

        // Nobody bid, so the one closing also ends it unsuccessful.
        assertThat(tenders.get(Actor.SYSTEM, reference).status(), is(TenderStatus.UNSUCCESSFUL));
        var events = audit.list(Actor.SYSTEM, "Tender", reference, new PageRequest(0, 100)).items();
        long opened = events.stream().filter(e -> e.getAction().equals("OPENED")).count();
        assertThat("OPENED events", opened, is(1L));
        assertThat("UNSUCCESSFUL events", events.stream().filter(e -> e.getAction().equals("UNSUCCESSFUL")).count(),
                is(1L));
        System.out.printf("In-container closing: %d callers, %d OPENED event, %d in flight at once%n", CALLERS,
                opened, Interval.mostAtOnce(calls));
        assertThat("closings in flight at once", Interval.mostAtOnce(calls), is(greaterThanOrEqualTo(2)));
    }

    /** Runs the step in CALLERS transactions that start together; returns when each ran and how it ended. */
    private List<Interval> race(Step step) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CALLERS);
        List<Future<Interval>> running = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            int caller = i;
            Callable<Interval> call = () -> {
                start.await(30, TimeUnit.SECONDS);
                long begun = System.nanoTime();
                Exception refusal = null;
                try {
                    inTransaction(() -> step.run(caller));
                } catch (ConflictException e) {
                    refusal = e;
                }
                return new Interval(begun, System.nanoTime(), refusal);
            };
            running.add(executor.submit(call));
        }
        List<Interval> calls = new ArrayList<>();
        for (Future<Interval> f : running) {
            calls.add(f.get());
        }
        return calls;
    }

    private void inTransaction(Step.Body body) throws Exception {
        transaction.begin();
        try {
            body.run();
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    private interface Step {
        void run(int caller) throws Exception;

        interface Body {
            void run() throws Exception;
        }
    }

    private record Interval(long begun, long ended, Exception refusal) {

        /** The largest number of calls that were running at one instant. */
        static int mostAtOnce(List<Interval> calls) {
            int most = 0;
            for (Interval c : calls) {
                most = Math.max(most, (int) calls.stream().filter(o -> o.begun <= c.begun && c.begun < o.ended).count());
            }
            return most;
        }
    }
}
