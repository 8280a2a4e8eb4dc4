package org.dronecoalition.web.faces.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.web.faces.PagedDataModel;

/** A member country's pledges, oldest first, each leading to its page. */
@Named
@ViewScoped
public class MemberPledgesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionService contributions;

    @Inject
    FundService funds;

    private String code;
    private Map<Long, String> fundNames;

    private final PagedDataModel<Contribution> pledges = new PagedDataModel<>(
            (page, sortBy, filterBy) -> contributions.ofMember(CountryCode.of("code", code), page),
            c -> String.valueOf(c.getId()));

    public PagedDataModel<Contribution> getPledges() {
        return pledges;
    }

    public Map<Long, String> getFundNames() {
        if (fundNames == null) {
            fundNames = funds.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .collect(Collectors.toMap(Fund::getId, Fund::getName));
        }
        return fundNames;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
