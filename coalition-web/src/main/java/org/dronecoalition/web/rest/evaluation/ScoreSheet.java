package org.dronecoalition.web.rest.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreSheet", description = "A member country's points for a compliant proposal, criterion by "
        + "criterion (not the price, which is scored by formula)")
public class ScoreSheet {

    @NotEmpty
    @Valid
    @Schema(required = true)
    public List<Line> scores;

    @Schema(name = "ScoreLine")
    public static class Line {

        @NotBlank
        @Schema(required = true, example = "Performance")
        public String criterion;

        @NotNull
        @Min(0)
        @Max(10)
        @Schema(required = true, example = "8")
        public Integer points;

        @Size(max = 2000)
        @Schema(example = "Range confirmed in the datasheet")
        public String comment;
    }
}
