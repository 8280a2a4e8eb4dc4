package org.dronecoalition.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.dronecoalition.domain.figures.Counted;
import org.dronecoalition.domain.figures.DroneFigures;

/** The dashboard's figures as last counted: the money and the drones, each at its own version. */
@ApplicationScoped
class CountedFigures {

    record Money(MembershipService.Growth growth, FundService.MoneyOverview overview) {
    }

    record Drones(List<DroneFigures.Count> byCategory, List<DroneFigures.Count> byManufacturer,
            DroneFigures.Leaders leadingManufacturers, List<DroneFigures.Count> byMonth,
            List<DroneFigures.CountryShare> countryShares) {
    }

    final Counted<Money> money = new Counted<>();
    final Counted<Drones> drones = new Counted<>();
}
