package org.dronecoalition.web.rest.manufacturer;

import java.time.OffsetDateTime;
import java.util.Set;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerStatus;
import org.dronecoalition.domain.shared.DroneCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Manufacturer", description = "A registered drone manufacturer")
public record ManufacturerView(
        @Schema(example = "51") long id,
        @Schema(example = "Skyforge Systems LLC") String legalName,
        @Schema(example = "UA") String country,
        @Schema(example = "44556677") String registrationNumber,
        @Schema(example = "Olena Kovalenko") String contactName,
        @Schema(example = "tenders@skyforge.example") String contactEmail,
        Set<DroneCategory> categories,
        @Schema(example = "2000") int monthlyCapacity,
        ManufacturerStatus status,
        @Schema(description = "Why the CSO rejected or suspended the manufacturer") String statusReason,
        OffsetDateTime registeredAt,
        @Schema(example = "1") long version) {

    static ManufacturerView of(Manufacturer m) {
        return new ManufacturerView(m.getId(), m.getLegalName(), m.getCountry().value(), m.getRegistrationNumber(),
                m.getContactName(), m.getContactEmail(), m.getCategories(), m.getMonthlyCapacity(), m.getStatus(),
                m.getStatusReason(), m.getRegisteredAt(), m.getVersion());
    }
}
