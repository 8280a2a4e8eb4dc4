package org.dronecoalition.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.dronecoalition.domain.figures.Counted;
import org.dronecoalition.domain.figures.DroneFigures;
import org.dronecoalition.domain.tender.TenderStatus;

/** The dashboard's figures as last counted: the money and the drones, each at its own version. */
@ApplicationScoped
class CountedFigures {

    record Money(MembershipService.Growth growth, FundService.MoneyOverview overview) {
    }

    record Drones(List<DroneFigures.Count> byCategory, List<DroneFigures.Count> byManufacturer,
            List<DroneFigures.Count> byMonth, List<DroneFigures.CountryShare> countryShares,
            Map<TenderStatus, Long> tendersByStatus) {
    }

    final Counted<Money> money = new Counted<>();
    final Counted<Drones> drones = new Counted<>();
}
