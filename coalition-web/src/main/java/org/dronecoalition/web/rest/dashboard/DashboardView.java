package org.dronecoalition.web.rest.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dronecoalition.application.DashboardService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.figures.DroneFigures;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.web.answers.ChangesWithTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dashboard", description = "The coalition at a glance: members against the 20 planned, money per fund "
        + "and country, drones ordered, shipped and accepted against the 20,000 to 30,000 target, tenders, and each "
        + "country's credited drones. Amounts in EUR; drones delivered are those accepted in Ukraine")
public record DashboardView(long members, int plannedMembers, List<FundFigures> funds,
        List<CountryMoney> countries, long dronesOrdered, long dronesShipped, long dronesAccepted, int targetLow,
        int targetHigh, List<DroneFigures.Count> byCategory,
        @Schema(description = "The 20 manufacturers with the most drones ordered (then accepted); "
                + "drones-by-manufacturer.csv lists them all") List<DroneFigures.Count> byManufacturer,
        @Schema(description = "The other manufacturers' drones summed, keyed by how many they are; absent when "
                + "byManufacturer names them all") DroneFigures.Count otherManufacturers,
        List<DroneFigures.Count> byMonth, Map<TenderStatus, Long> tendersByStatus,
        List<DashboardService.OpenTender> openTenders, List<DroneFigures.CountryShare> countryShares)
        implements ChangesWithTime {

    @Override
    public Instant changesAt() {
        return ChangesWithTime.openTendersChange(openTenders);
    }

    @Schema(name = "FundFigures")
    public record FundFigures(long fundId, String name, Money pledged, Money received, Money committed,
            Money paid, Money available) {
    }

    @Schema(name = "CountryMoney")
    public record CountryMoney(String country, Money pledged, Money received) {
    }

    static DashboardView of(DashboardService.Figures f) {
        return new DashboardView(f.growth().members(), f.growth().planned(),
                f.money().funds().stream().map(DashboardView::fund).toList(),
                f.money().members().stream().map(m -> new CountryMoney(m.memberCode(), m.pledged(),
                        m.received())).toList(),
                f.ordered(), f.shipped(), f.accepted(), DashboardService.TARGET_LOW, DashboardService.TARGET_HIGH,
                f.byCategory(), f.leadingManufacturers().named(), f.leadingManufacturers().others(), f.byMonth(), f.tendersByStatus(), f.openTenders(),
                f.countryShares());
    }

    private static FundFigures fund(FundService.FundSummary s) {
        var b = s.balance();
        return new FundFigures(s.fund().getId(), s.fund().getName(), s.pledged(), b.received(),
                b.committed(), b.paid(), b.available());
    }
}
