package org.dronecoalition.web.rest.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new fund, or a fund's new description (then with the version it was read at). */
@Schema(name = "FundDescription")
public class FundDescription {

    @NotBlank
    @Size(max = 120)
    @Schema(required = true, example = "Interceptor fund")
    public String name;

    @Size(max = 2000)
    @Schema(example = "Joint procurement of interceptor drones")
    public String purpose;

    @Size(max = 300)
    @Schema(example = "Decision of the coalition of 11 November 2024")
    public String governingDocument;

    @Schema(description = "Required when updating: the version the fund was read at", example = "1")
    public Long version;
}
