package org.dronecoalition.web.rest.manufacturer;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;
import static org.dronecoalition.domain.account.Role.MANUFACTURER;
import static org.dronecoalition.domain.account.Role.MEMBER_REP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import org.dronecoalition.application.ManufacturerService;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerStatus;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("manufacturers")
@Tag(name = "Manufacturers", description = "Registration and verification of drone manufacturers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManufacturerResource {

    @Inject
    ManufacturerService manufacturers;

    @Inject
    CurrentActor actor;

    @POST
    @Operation(operationId = "registerManufacturer", summary = "Register a company and its first user (public); "
            + "it starts PENDING_VERIFICATION. The same registration number in the same country twice: 409.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ManufacturerView.class)))
    public Response register(@NotNull @Valid NewManufacturer body, @Context UriInfo uri) {
        Manufacturer m = manufacturers.register(new ManufacturerService.Registration(body.legalName,
                CountryCode.of("country", body.country), body.registrationNumber, body.contactName, body.contactEmail,
                EnumSet.copyOf(body.categories), body.monthlyCapacity, body.username, body.password));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.getId())).build())
                .entity(ManufacturerView.of(m)).build();
    }

    @GET
    @Allowed({CSO_ADMIN, MEMBER_REP})
    @Operation(operationId = "listManufacturers", summary = "Manufacturers, oldest registration first "
            + "(CSO and member representatives); filter by status")
    @APIResponse(responseCode = "200", description = "A page of manufacturers")
    public PageView<ManufacturerView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ManufacturerStatus.class))
            String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(manufacturers.list(actor.get(), QueryParams.enumValue("status", ManufacturerStatus.class,
                status), QueryParams.page(page, size)), ManufacturerView::of);
    }

    @GET
    @Path("{id}")
    @Allowed({CSO_ADMIN, MEMBER_REP, MANUFACTURER})
    @Operation(operationId = "getManufacturer", summary = "One manufacturer: the CSO and member representatives "
            + "see all, a manufacturer's users their own company (with the reason of a rejection)")
    @APIResponse(responseCode = "200", description = "The manufacturer",
            content = @Content(schema = @Schema(implementation = ManufacturerView.class)))
    public ManufacturerView get(@PathParam("id") long id) {
        return ManufacturerView.of(manufacturers.get(actor.get(), id));
    }

    @PUT
    @Path("{id}")
    @Allowed({MANUFACTURER})
    @Operation(operationId = "describeManufacturer", summary = "Change the company's profile (its own users): "
            + "contacts, categories and capacity at once; a new legal name or registration number sends it back "
            + "to PENDING_VERIFICATION, and is refused (409) while it is SUSPENDED")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = ManufacturerView.class)))
    public ManufacturerView describe(@PathParam("id") long id, @NotNull @Valid CompanyProfile body) {
        return ManufacturerView.of(manufacturers.describe(actor.get(), id, body.version,
                new ManufacturerService.Profile(body.legalName, body.registrationNumber, body.contactName,
                        body.contactEmail, EnumSet.copyOf(body.categories), body.monthlyCapacity)));
    }

    @POST
    @Path("{id}/verification")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "verifyManufacturer", summary = "Verify a pending manufacturer (CSO)")
    @APIResponse(responseCode = "200", description = "Verified",
            content = @Content(schema = @Schema(implementation = ManufacturerView.class)))
    public ManufacturerView verify(@PathParam("id") long id, @NotNull @Valid Decision body) {
        return ManufacturerView.of(manufacturers.verify(actor.get(), id, body.version));
    }

    @POST
    @Path("{id}/rejection")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "rejectManufacturer", summary = "Reject a pending manufacturer with a reason (CSO)")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ManufacturerView.class)))
    public ManufacturerView reject(@PathParam("id") long id, @NotNull @Valid Decision body) {
        return ManufacturerView.of(manufacturers.reject(actor.get(), id, body.version, body.reason));
    }

    @POST
    @Path("{id}/suspension")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "suspendManufacturer", summary = "Suspend a verified manufacturer with a reason (CSO)")
    @APIResponse(responseCode = "200", description = "Suspended",
            content = @Content(schema = @Schema(implementation = ManufacturerView.class)))
    public ManufacturerView suspend(@PathParam("id") long id, @NotNull @Valid Decision body) {
        return ManufacturerView.of(manufacturers.suspend(actor.get(), id, body.version, body.reason));
    }

    @POST
    @Path("{id}/reinstatement")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "reinstateManufacturer", summary = "Reinstate a suspended manufacturer (CSO)")
    @APIResponse(responseCode = "200", description = "Verified again",
            content = @Content(schema = @Schema(implementation = ManufacturerView.class)))
    public ManufacturerView reinstate(@PathParam("id") long id, @NotNull @Valid Decision body) {
        return ManufacturerView.of(manufacturers.reinstate(actor.get(), id, body.version));
    }
}
