package org.dronecoalition.web.rest.member;

import static org.dronecoalition.domain.account.Role.CSO_ADMIN;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.web.answers.KeptAnswer;
import org.dronecoalition.web.rest.Allowed;
import org.dronecoalition.web.rest.PageView;
import org.dronecoalition.web.rest.QueryParams;
import org.dronecoalition.web.rest.contribution.ContributionView;
import org.dronecoalition.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("members")
@Tag(name = "Members", description = "Member countries of the coalition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    MembershipService membership;

    @Inject
    ContributionService contributions;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    @GET
    @KeptAnswer
    @Operation(operationId = "listMembers", summary = "List member countries",
            description = "Public. Paged; filter by status, sort by CODE, NAME or JOINED_ON.")
    @APIResponse(responseCode = "200", description = "A page of member countries")
    public PageView<MemberView> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = MembershipStatus.class))
            String status,
            @QueryParam("sort") @Parameter(schema = @Schema(implementation = MemberCountryRepository.Sort.class))
            String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        MemberCountryRepository.Sort order = QueryParams.enumValue("sort", MemberCountryRepository.Sort.class, sort);
        return withRepresentation(membership.list(QueryParams.enumValue("status", MembershipStatus.class, status),
                order == null ? MemberCountryRepository.Sort.CODE : order, QueryParams.page(page, size)));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getMember", summary = "One member country by its ISO code")
    @APIResponse(responseCode = "200", description = "The member country",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public MemberView get(@PathParam("code") @Parameter(example = "LV") String code) {
        return withRepresentation(new Page<>(List.of(membership.get(CountryCode.of(code))), 0, 1, 1)).items().get(0);
    }

    @POST
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "admitMember", summary = "Admit a country to the coalition (CSO)")
    @APIResponse(responseCode = "201", description = "Admitted; Location names the new member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response admit(@NotNull @Valid NewMember body, @Context UriInfo uri) {
        var member = membership.admit(actor.get(), new MembershipService.Admission(CountryCode.of(body.code),
                body.name, body.joinedOn, roles(body.roles), body.mouSignedOn));
        return Response.created(uri.getAbsolutePathBuilder().path(member.getCode().value()).build())
                .entity(MemberView.of(member)).build();
    }

    @PUT
    @Path("{code}")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "updateMember",
            summary = "Update join date, role, status and MoU date (CSO); optimistic locking by version")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public MemberView update(@PathParam("code") @Parameter(example = "LV") String code,
            @NotNull @Valid MemberUpdate body) {
        return MemberView.of(membership.amend(actor.get(), CountryCode.of(code), body.version,
                new MembershipService.Amendment(body.joinedOn, roles(body.roles), body.status, body.mouSignedOn)));
    }

    @POST
    @Path("{code}/withdrawal")
    @Allowed({CSO_ADMIN})
    @Operation(operationId = "withdrawMember", summary = "Record that a country left the coalition (CSO)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public MemberView withdraw(@PathParam("code") @Parameter(example = "LV") String code,
            @NotNull @Valid Withdrawal body) {
        return MemberView.of(membership.withdraw(actor.get(), CountryCode.of(code), body.version));
    }

    @GET
    @Path("{code}/contributions")
    @Operation(operationId = "listMemberContributions", summary = "A member country's pledges and receipts")
    @APIResponse(responseCode = "200", description = "A page of contributions")
    public PageView<ContributionView> contributions(@PathParam("code") @Parameter(example = "LV") String code,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(contributions.ofMember(CountryCode.of(code), QueryParams.page(page, size)),
                ContributionView::of);
    }

    /** The CSO also sees how many enabled representatives each country has: one query per page. */
    private PageView<MemberView> withRepresentation(Page<MemberCountry> members) {
        Actor who = actor.get();
        if (!who.has(Role.CSO_ADMIN)) {
            return PageView.of(members, MemberView::of);
        }
        Map<String, Long> representatives = accounts.activeRepresentatives(who,
                members.items().stream().map(MemberCountry::getCode).toList());
        return PageView.of(members, m -> MemberView.of(m, representatives.getOrDefault(m.getCode().value(), 0L)));
    }

    private static Set<MemberRole> roles(List<MemberRole> roles) {
        return EnumSet.copyOf(roles);
    }
}
