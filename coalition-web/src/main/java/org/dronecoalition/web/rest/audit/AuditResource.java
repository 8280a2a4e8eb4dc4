package org.dronecoalition.web.rest.audit;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dronecoalition.application.AuditService;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("audit-events")
@Tag(name = "Audit", description = "Who changed what, and when: for the CSO and member representatives")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    CurrentActor actor;

    @GET
    @Allowed({CSO_ADMIN, MEMBER_REP})
    @Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first: nothing about a proposal "
            + "before its tender is opened; account administration for the CSO only")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public PageView<AuditEventView> list(
            @QueryParam("aggregateType") @Parameter(example = "MemberCountry") String aggregateType,
            @QueryParam("aggregateId") @Parameter(example = "LU") String aggregateId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(audit.list(actor.get(), blankToNull(aggregateType), blankToNull(aggregateId),
                QueryParams.page(page, size)), AuditEventView::of);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
