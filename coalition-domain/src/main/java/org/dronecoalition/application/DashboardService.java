package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.dronecoalition.domain.figures.DroneFigures;
import org.dronecoalition.domain.figures.FiguresVersion;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.tender.TenderRepository;
import org.dronecoalition.domain.tender.TenderStatus;

/** The figures a member expects at a glance: members, money, drones against the target, tenders, shares. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DashboardService {

    /** The coalition's aim for the first tender round: 20,000 to 30,000 drones. */
    public static final int TARGET_LOW = 20_000;
    public static final int TARGET_HIGH = 30_000;
    /** The manufacturers named at a glance; the CSV export lists them all. */
    public static final int MANUFACTURERS_NAMED = 20;

    /** A tender open for bids, with its deadline (in the tender's time zone) and the whole days left. */
    public record OpenTender(String reference, String title, String category, OffsetDateTime submissionDeadline,
            Long daysToDeadline) {
    }

    public record Figures(MembershipService.Growth growth, FundService.MoneyOverview money,
            List<DroneFigures.Count> byCategory, List<DroneFigures.Count> byManufacturer,
            DroneFigures.Leaders leadingManufacturers, List<DroneFigures.Count> byMonth, List<DroneFigures.CountryShare> countryShares,
            Map<TenderStatus, Long> tendersByStatus, List<OpenTender> openTenders) {

        public long ordered() {
            return byCategory.stream().mapToLong(DroneFigures.Count::ordered).sum();
        }

        public long shipped() {
            return byCategory.stream().mapToLong(DroneFigures.Count::shipped).sum();
        }

        public long accepted() {
            return byCategory.stream().mapToLong(DroneFigures.Count::accepted).sum();
        }
    }

    @Inject
    MembershipService membership;

    @Inject
    FundService funds;

    @Inject
    DroneFigures drones;

    @Inject
    TenderRepository tenders;

    @Inject
    FiguresVersion version;

    @Inject
    CountedFigures counted;

    @Inject
    Clock clock;

    /**
     * Public: aggregate figures reveal no sealed proposal and no vote. The money and the drones are
     * each counted again only when the data behind them has changed; the tenders (a thousand rows at
     * most a year) and the open calls, which the clock moves, are read each time.
     */
    public Figures figures() {
        CountedFigures.Money money = counted.money.at(version.money(),
                () -> new CountedFigures.Money(membership.growth(), funds.moneyOverview()));
        CountedFigures.Drones d = counted.drones.at(version.drones(),
                this::countDrones);
        Instant now = clock.instant();
        List<OpenTender> open = tenders.list(TenderStatus.PUBLISHED, false, new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().filter(t -> !t.isOpened(now))
                .map(t -> new OpenTender(t.getReference(), t.getTitle(), t.getCategory().name(),
                        t.getSubmissionDeadline().toOffsetDateTime(), t.daysToDeadline(now))).toList();
        return new Figures(money.growth(), money.overview(), d.byCategory(), d.byManufacturer(),
                d.leadingManufacturers(), d.byMonth(), d.countryShares(), tenders.countPublishedByStatus(), open);
    }

    private CountedFigures.Drones countDrones() {
        List<DroneFigures.Count> byManufacturer = drones.byManufacturer();
        return new CountedFigures.Drones(drones.byCategory(), byManufacturer,
                DroneFigures.Leaders.of(byManufacturer, MANUFACTURERS_NAMED), drones.byMonth(), drones.countryShares());
    }
}
