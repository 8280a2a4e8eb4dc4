package org.dronecoalition.web.faces.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.shared.PageRequest;

/** The member countries as a menu offers them: "Latvia (LV)" to "LV", by name, read once a request. */
@Named
@RequestScoped
public class MemberChoices {

    @Inject
    MembershipService membership;

    private Map<String, String> all;

    public Map<String, String> getAll() {
        if (all == null) {
            all = new LinkedHashMap<>();
            membership.list(null, MemberCountryRepository.Sort.NAME, new PageRequest(0, PageRequest.MAX_SIZE))
                    .items().forEach(m -> all.put(m.getName() + " (" + m.getCode().value() + ")", m.getCode().value()));
        }
        return all;
    }
}
