package org.dronecoalition.web.rest.proposal;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProposalAction", description = "Submission or withdrawal of a proposal, with the version read")
public class ProposalAction {

    @NotNull
    @Schema(required = true, example = "1")
    public Long version;
}
