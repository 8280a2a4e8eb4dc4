package org.dronecoalition.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.dronecoalition.infrastructure.ServerClock;

/** Moves the server's clock through the coalition's record while the demo data loads, in Kyiv time. */
@ApplicationScoped
class Replay {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Inject
    ServerClock clock;

    /** Ten in the morning of that day. */
    void at(LocalDate day) {
        at(day, 10);
    }

    void at(LocalDate day, int hour) {
        clock.replay(kyiv(day, hour));
    }

    void clockAt(Instant moment) {
        clock.replay(moment);
    }

    void present() {
        clock.present();
    }

    static Instant kyiv(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), KYIV).toInstant();
    }
}
