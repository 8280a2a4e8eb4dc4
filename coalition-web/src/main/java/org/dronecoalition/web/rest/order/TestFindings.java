package org.dronecoalition.web.rest.order;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.dronecoalition.domain.testing.EwResistance;
import org.dronecoalition.domain.testing.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TestFindings", description = "What testing a pilot batch found")
public class TestFindings {

    @NotNull
    @Min(1)
    @Schema(required = true, example = "20")
    public Integer unitsTested;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Schema(required = true, example = "85.00", description = "Per cent of missions accomplished")
    public BigDecimal missionSuccessRate;

    @DecimalMin("0")
    @Schema(example = "18.5", description = "Kilometres")
    public BigDecimal rangeKm;

    @NotNull
    @Schema(required = true)
    public EwResistance ewResistance;

    @Size(max = 4000)
    @Schema(example = "Two units lost link under jamming at 12 km")
    public String notes;

    @NotNull
    @Schema(required = true)
    public Verdict verdict;
}
