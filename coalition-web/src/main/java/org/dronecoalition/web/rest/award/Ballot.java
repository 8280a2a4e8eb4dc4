package org.dronecoalition.web.rest.award;

import jakarta.validation.constraints.NotNull;
import org.dronecoalition.domain.award.Vote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ballot", description = "Your country's vote on the open award decision")
public class Ballot {

    @NotNull
    @Schema(required = true)
    public Vote vote;
}
