package org.dronecoalition.domain.tender;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;

/** Tenders for unit tests: deadlines around a fixed instant, ids as the database would assign them. */
public final class Tenders {

    public static final Instant NOW = Instant.parse("2024-09-01T08:00:00Z");
    public static final Instant QUESTIONS_UNTIL = Instant.parse("2024-10-01T15:00:00Z");
    public static final Instant DEADLINE = Instant.parse("2024-10-14T15:00:00Z");

    private Tenders() {
    }

    public static TenderTerms terms(int... weights) {
        List<Criterion> criteria = weights.length == 0
                ? List.of(new Criterion("Price", 40, true), new Criterion("Performance", 60, false))
                : java.util.stream.IntStream.range(0, weights.length)
                        .mapToObj(i -> new Criterion("Criterion " + i, weights[i], i == 0)).toList();
        return new TenderTerms("Advanced FPV", DroneCategory.ADVANCED_FPV, "One lot of 300 large FPV drones",
                "Payload over 5 kg", 300, Money.of("4500000.00"), 1L,
                Set.of(CountryCode.of("UA"), CountryCode.of("LV")), criteria,
                QUESTIONS_UNTIL.atZone(ZoneId.of("Europe/Kyiv")).toOffsetDateTime(),
                DEADLINE.atZone(ZoneId.of("Europe/Kyiv")).toOffsetDateTime(), ZoneId.of("Europe/Kyiv"));
    }

    public static Tender published() {
        Tender t = withId(new Tender("DC-2024-FPV-02", terms(), NOW), 7L);
        t.publish(NOW);
        return t;
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
