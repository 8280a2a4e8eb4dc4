package org.dronecoalition.web.faces.fund;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dronecoalition.application.FundService;
import org.dronecoalition.application.FundService.MemberPart;
import org.dronecoalition.domain.shared.DomainException;

/** Each member country's part of one fund, on the fund's ledger page. */
@Named
@RequestScoped
public class FundMembersBacking {

    @Inject
    FundService funds;

    private long fundId;
    private List<MemberPart> members = List.of();

    public void load() {
        try {
            members = funds.overview(fundId).members();
        } catch (DomainException e) {
            members = List.of();
        }
    }

    public List<MemberPart> getMembers() {
        return members;
    }

    public long getFundId() {
        return fundId;
    }

    public void setFundId(long fundId) {
        this.fundId = fundId;
    }
}
