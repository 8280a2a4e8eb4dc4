package org.dronecoalition.web.rest.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal", description = "A country leaves the coalition")
public record Withdrawal(@NotNull @PositiveOrZero @Schema(required = true, example = "1") Long version) {
}
