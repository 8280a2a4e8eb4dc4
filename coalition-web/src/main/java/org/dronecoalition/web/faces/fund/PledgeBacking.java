package org.dronecoalition.web.faces.fund;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** The pledge form: a representative pledges for their own country, the CSO for any. */
@Named
@ViewScoped
public class PledgeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "pledge";

    @Inject
    FundService funds;

    @Inject
    ContributionService contributions;

    @Inject
    CurrentActor actor;

    private Long fundId;
    private String memberCode;
    private BigDecimal amount;

    @PostConstruct
    void init() {
        memberCode = actor.get().countryRepresented().map(CountryCode::value).orElse(null);
    }

    public void pledge() {
        try {
            if (fundId == null) {
                throw new InvalidInputException("fundId", "choose the fund");
            }
            if (memberCode == null) {
                throw new InvalidInputException("memberCode", "choose the country that pledges");
            }
            var c = contributions.pledge(actor.get(), null, fundId, CountryCode.of("memberCode", memberCode),
                    Money.positive("amount", amount, null));
            Messages.addGlobalInfo("Pledged {0} for {1} (contribution {2})", c.getPledged(), c.getMemberCode(),
                    c.getId());
            amount = null;
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public List<Fund> getFundChoices() {
        return funds.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /** A representative's country is fixed; only the CSO chooses. */
    public boolean isCountryFixed() {
        return !actor.get().has(Role.CSO_ADMIN);
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public void setMemberCode(String memberCode) {
        if (!isCountryFixed()) {
            this.memberCode = memberCode;
        }
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
