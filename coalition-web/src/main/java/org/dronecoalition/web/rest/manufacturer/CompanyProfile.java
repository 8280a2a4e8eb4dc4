package org.dronecoalition.web.rest.manufacturer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dronecoalition.domain.shared.DroneCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompanyProfile", description = "A company's profile as its users keep it, with the version read. "
        + "A new legal name or registration number sends the company back to PENDING_VERIFICATION.")
public class CompanyProfile {

    @NotNull
    @Schema(required = true, example = "1")
    public Long version;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, example = "Skyforge Systems LLC")
    public String legalName;

    @NotBlank
    @Size(max = 60)
    @Schema(required = true, example = "44556677", description = "Unique within the country of registration")
    public String registrationNumber;

    @NotBlank
    @Size(max = 120)
    @Schema(required = true, example = "Olena Kovalenko")
    public String contactName;

    @NotBlank
    @Email
    @Size(max = 200)
    @Schema(required = true, example = "tenders@skyforge.example")
    public String contactEmail;

    @NotEmpty
    @Schema(required = true, example = "[\"ADVANCED_FPV\", \"INTERCEPTOR\"]")
    public List<DroneCategory> categories;

    @NotNull
    @Min(1)
    @Max(10_000_000)
    @Schema(required = true, example = "2500", description = "Drones a month")
    public Integer monthlyCapacity;
}
