package org.dronecoalition.web.rest.manufacturer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dronecoalition.domain.shared.DroneCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewManufacturer", description = "A company registering, with its first user account")
public class NewManufacturer {

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, example = "Skyforge Systems LLC")
    public String legalName;

    @NotNull
    @Schema(required = true, example = "UA", description = "ISO 3166-1 alpha-2 code of the country of registration")
    public String country;

    @NotBlank
    @Size(max = 60)
    @Schema(required = true, example = "44556677", description = "Unique within the country")
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
    @Schema(required = true, example = "2000", description = "Drones a month")
    public Integer monthlyCapacity;

    @NotNull
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "3 to 60 lower-case letters, digits, dots, dashes or underscores")
    @Schema(required = true, example = "skyforge")
    public String username;

    @NotNull
    @Size(min = 12, max = 200)
    @Schema(required = true, description = "At least 12 characters", example = "correct-horse-battery")
    public String password;
}
