package org.dronecoalition.web.rest.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardProposal", description = "The award the CSO puts to the vote: one or several manufacturers, "
        + "each with a quantity (not above its offer) and the pilot batch ordered first")
public class AwardProposal {

    @NotEmpty
    @Valid
    @Schema(required = true)
    public List<Line> lines;

    @Size(max = 1000)
    @Schema(description = "Required when the award passes over a proposal ranked higher than one it awards; the "
            + "representatives read it before they vote", example = "The higher-ranked maker cannot deliver before "
            + "spring")
    public String deviationReason;

    @Schema(name = "AwardProposalLine")
    public static class Line {

        @NotNull
        @Schema(required = true, example = "51")
        public Long proposalId;

        @NotNull
        @Min(1)
        @Schema(required = true, example = "300")
        public Integer quantity;

        @NotNull
        @Min(1)
        @Schema(required = true, example = "20", description = "Drones in the pilot order, at most the quantity")
        public Integer pilotQuantity;
    }
}
