package org.dronecoalition.web.rest.system;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * No @Schema on the components: Payara's OpenAPI scanner takes an annotated method whose name
 * contains "set" (as the accessor offsetMillis does) for a setter, and fails.
 */
@Schema(name = "ServerTime", description = "The server time deadlines are judged by; offsetMillis is how far "
        + "this server runs ahead of real time (0 in production), adjustable whether a test may shift it")
public record ServerTime(OffsetDateTime now, long offsetMillis, boolean adjustable) {
}
