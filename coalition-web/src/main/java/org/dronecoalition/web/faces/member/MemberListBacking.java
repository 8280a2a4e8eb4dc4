package org.dronecoalition.web.faces.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberCountryRepository.Sort;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** The member list: paged, sorted and filtered in the database, like the REST list. */
@Named
@ViewScoped
public class MemberListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Sort> SORTS = Map.of("code", Sort.CODE, "name", Sort.NAME,
            "joinedOn", Sort.JOINED_ON);

    @Inject
    MembershipService membership;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    /** For the CSO: enabled representatives of the countries on the page shown. */
    private Map<String, Long> representatives = Map.of();

    private final PagedDataModel<MemberCountry> members = new PagedDataModel<>((page, sortBy, filterBy) -> {
        Sort sort = sortBy.keySet().stream().map(SORTS::get).filter(Objects::nonNull).findFirst().orElse(Sort.NAME);
        MembershipStatus status = PagedDataModel.filterValue(filterBy, "status", MembershipStatus.class);
        Page<MemberCountry> shown = membership.list(status, sort,
                page);
        if (actor.get().has(Role.CSO_ADMIN)) {
            representatives = accounts.activeRepresentatives(actor.get(),
                    shown.items().stream().map(MemberCountry::getCode).toList());
        }
        return shown;
    }, member -> member.getCode().value());

    public long representativesOf(MemberCountry member) {
        return representatives.getOrDefault(member.getCode().value(), 0L);
    }

    /** "Co-lead, initiator": the roles as a reader says them. */
    public String rolesOf(MemberCountry member) {
        return member.getRoles().stream().map(r -> r.name().replace('_', '-').toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    public PagedDataModel<MemberCountry> getMembers() {
        return members;
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }
}
