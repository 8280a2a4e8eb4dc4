package org.dronecoalition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now": the server's clock in UTC, so that every deadline reads the same time.
 * An acceptance-test server may shift it, so that tests can stand a second before or after a
 * deadline: it takes {@code coalition.clock.adjustable=true} and demo data ({@code coalition.demo=true})
 * together, so that one setting left over on a production server does not open the clock. The
 * shift lives in the data grid, so every node of a cluster keeps the same time.
 */
@ApplicationScoped
public class ServerClock {

    private static final Logger LOG = Logger.getLogger(ServerClock.class.getName());

    @Inject
    @ConfigProperty(name = "coalition.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Inject
    @ConfigProperty(name = "coalition.demo", defaultValue = "false")
    boolean demo;

    private final GridClockShift shift = new GridClockShift();

    /** Only the node that loads demo data replays history; the others keep serving real time. */
    private volatile Duration replay = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted();
    }

    public boolean isAdjustable() {
        return adjustable && demo;
    }

    public Duration offset() {
        return isAdjustable() ? replay.plus(shift.get()) : replay;
    }

    /** Sets how far the clock of every node runs ahead of real time (negative: behind). */
    public void shift(Duration to) {
        if (!isAdjustable()) {
            throw new AccessDeniedException(true, "The clock of this server cannot be adjusted");
        }
        LOG.warning(() -> "The server clock now runs " + to + " from real time (an acceptance-test server)");
        shift.set(to);
    }

    /**
     * Demo data replays the coalition's record through the application, so that each step is
     * checked and audited at the moment it happened: while it loads, "now" is that moment.
     */
    public void replay(Instant moment) {
        if (!demo) {
            throw new AccessDeniedException(true, "Only demo data replays history");
        }
        replay = Duration.between(Instant.now(), moment);
    }

    /** Ends a replay: the clock reads real time again. */
    public void present() {
        replay = Duration.ZERO;
    }

    /** The system clock in UTC plus the current offset. */
    private final class Shifted extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ServerClock.this.offset());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ServerClock.this.offset());
        }
    }
}
