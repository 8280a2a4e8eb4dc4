package org.dronecoalition.web.rest.system;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.dronecoalition.application.ClockService;
import org.dronecoalition.infrastructure.ServerClock;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The server time that every deadline is judged by, so bidders can compare it with their own. */
@ApplicationScoped
@Path("clock")
@Tag(name = "Clock", description = "The server time deadlines are enforced by")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    Clock clock;

    @Inject
    ServerClock serverClock;

    @Inject
    CurrentActor actor;

    @Inject
    ClockService clocks;

    @GET
    @Operation(operationId = "getServerTime", summary = "The server time in UTC (public)")
    @APIResponse(responseCode = "200", description = "Now",
            content = @Content(schema = @Schema(implementation = ServerTime.class)))
    public ServerTime now() {
        return new ServerTime(OffsetDateTime.now(clock), serverClock.offset().toMillis(), serverClock.isAdjustable());
    }

    @PUT
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "shiftServerTime", summary = "Shift the server clock (CSO, acceptance-test servers "
            + "only: coalition.clock.adjustable=true); elsewhere 403. Tenders whose deadline the shift passed are "
            + "closed and their proposals opened before the answer")
    @APIResponse(responseCode = "200", description = "The shifted time",
            content = @Content(schema = @Schema(implementation = ServerTime.class)))
    public ServerTime shift(@NotNull @Valid ClockShift body) {
        clocks.shift(actor.get(), Duration.ofMillis(body.offsetMillis));
        return now();
    }
}
