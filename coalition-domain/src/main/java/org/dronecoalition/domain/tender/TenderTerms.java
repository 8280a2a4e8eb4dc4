package org.dronecoalition.domain.tender;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;

/** What the CSO writes into a tender while it is a draft. */
public record TenderTerms(String title, DroneCategory category, String description, String requirements,
        int quantity, Money budgetCeiling, long fundId, Set<CountryCode> eligibleCountries,
        List<Criterion> criteria, OffsetDateTime clarificationDeadline, OffsetDateTime submissionDeadline,
        ZoneId timeZone) {
}
