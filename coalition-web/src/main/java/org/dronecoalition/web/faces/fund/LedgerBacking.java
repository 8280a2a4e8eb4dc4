package org.dronecoalition.web.faces.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.PagedDataModel;
import org.omnifaces.util.Messages;

/** One fund's ledger, filterable by type and member country, paged in the database. */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FundService funds;

    private long fundId;
    private Fund fund;

    private final PagedDataModel<LedgerEntry> entries = new PagedDataModel<>((page, sortBy, filterBy) -> {
        EntryType type = PagedDataModel.filterValue(filterBy, "type", EntryType.class);
        String member = PagedDataModel.filterText(filterBy, "memberCode");
        return funds.ledger(fundId, new Ledger.Filter(type,
                member == null ? null : CountryCode.of(member).value(), null, null), page);
    }, entry -> String.valueOf(entry.getId()));

    public void load() {
        try {
            fund = funds.get(fundId);
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public PagedDataModel<LedgerEntry> getEntries() {
        return entries;
    }

    public EntryType[] getTypes() {
        return EntryType.values();
    }

    public Fund getFund() {
        return fund;
    }

    public long getFundId() {
        return fundId;
    }

    public void setFundId(long fundId) {
        this.fundId = fundId;
    }
}
