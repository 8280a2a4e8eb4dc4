package org.dronecoalition.web.rest.tender;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.tender.Criterion;
import org.dronecoalition.domain.tender.TenderTerms;
import org.dronecoalition.web.rest.Euros;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenderDraft", description = "The terms of a tender the CSO drafts; rules are checked at publication")
public class TenderDraft {

    @Schema(description = "Unique reference; required to create, ignored when editing", example = "DC-2026-INT-02")
    public String reference;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, example = "Interceptor drones, second call")
    public String title;

    @NotNull
    @Schema(required = true)
    public DroneCategory category;

    @NotBlank
    @Size(max = 20000)
    @Schema(required = true, example = "Interceptors against Shahed-type loitering munitions")
    public String description;

    @NotBlank
    @Size(max = 20000)
    @Schema(required = true, example = "Top speed above 250 km/h; thermal camera; jam-resistant link")
    public String requirements;

    @NotNull
    @Min(1)
    @Max(10_000_000)
    @Schema(required = true, example = "2000")
    public Integer quantity;

    @NotNull
    @DecimalMin(value = "0.01")
    @Schema(required = true, example = "6000000.00", description = "EUR, two decimals")
    @Euros
    public BigDecimal budgetCeiling;

    @NotNull
    @Schema(required = true, example = "50", description = "The fund that pays")
    public Long fundId;

    @NotEmpty
    @Schema(required = true, example = "[\"UA\", \"LV\", \"GB\"]",
            description = "ISO codes of the countries whose manufacturers may bid")
    public List<String> eligibleCountries;

    @NotEmpty
    @Valid
    @Schema(required = true, description = "Weighted evaluation criteria; the weights must add up to 100")
    public List<CriterionView> criteria;

    @NotNull
    @Schema(required = true, example = "2026-12-10T17:00:00+02:00")
    public OffsetDateTime clarificationDeadline;

    @NotNull
    @Schema(required = true, example = "2026-12-20T17:00:00+02:00")
    public OffsetDateTime submissionDeadline;

    @NotBlank
    @Schema(required = true, example = "Europe/Kyiv", description = "The time zone the deadlines are shown in")
    public String timeZone;

    @Schema(description = "The version read; required when editing", example = "1")
    public Long version;

    TenderTerms terms() {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "timeZone must be a region like Europe/Kyiv, not '"
                    + timeZone + "'");
        }
        return new TenderTerms(title, category, description, requirements, quantity,
                Money.positive("budgetCeiling", budgetCeiling, null), fundId,
                eligibleCountries.stream().map(c -> CountryCode.of("eligibleCountries", c))
                        .collect(Collectors.toSet()),
                criteria.stream().map(c -> new Criterion(c.name, c.weight, Boolean.TRUE.equals(c.price))).toList(),
                clarificationDeadline, submissionDeadline, zone);
    }

    @Schema(name = "Criterion", description = "An evaluation criterion and its weight")
    public static class CriterionView {

        @NotBlank
        @Size(max = 120)
        @Schema(required = true, example = "Price")
        public String name;

        @NotNull
        @Min(1)
        @Max(100)
        @Schema(required = true, example = "40")
        public Integer weight;

        @Schema(description = "Scored by formula from the unit prices", example = "true")
        public Boolean price;

        static CriterionView of(Criterion c) {
            CriterionView v = new CriterionView();
            v.name = c.getName();
            v.weight = c.getWeight();
            v.price = c.isPrice();
            return v;
        }
    }
}
