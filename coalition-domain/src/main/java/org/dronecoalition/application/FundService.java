package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.figures.MemberFunding;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.fund.FundCharter;
import org.dronecoalition.domain.fund.FundRepository;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;

/** Funds, their balances and their ledgers. Money moves only through the {@link Treasury}. */
@Stateless
public class FundService {

    @Inject
    MemberFunding memberFunding;

    /** Pledged and received money of one member country. */
    public record MemberFigures(String memberCode, Money pledged, Money received) {
    }

    /**
     * A member country's part of one fund: what it pledged and paid in, and its attributed part of
     * what the fund committed, released and paid ({@link MemberFunding}).
     */
    public record MemberPart(String memberCode, Money pledged, FundBalance part) {
    }

    /** A fund with its balance and each member country's part of it. */
    public record FundOverview(Fund fund, FundBalance balance, Money pledged, List<MemberPart> members) {
    }

    /** One fund's headline figures. */
    public record FundSummary(Fund fund, Money pledged, FundBalance balance) {
    }

    /** What the whole coalition pledged and paid in, per fund and per country. */
    public record MoneyOverview(List<FundSummary> funds, List<MemberFigures> members) {

        public FundBalance total() {
            return funds.stream().map(FundSummary::balance).reduce(FundBalance.EMPTY, FundBalance::plus);
        }

        public Money pledged() {
            return funds.stream().map(FundSummary::pledged).reduce(Money.ZERO, Money::plus);
        }
    }

    @Inject
    FundRepository funds;

    @Inject
    Ledger ledger;

    @Inject
    Treasury treasury;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Fund> list(PageRequest page) {
        return funds.list(page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Fund get(long id) {
        return funds.get(id);
    }

    public Fund create(Actor actor, FundCharter charter) {
        actor.require(Role.CSO_ADMIN);
        if (charter.name() != null && funds.nameTaken(charter.name())) {
            throw new ConflictException("name", "A fund named '" + charter.name().strip() + "' already exists");
        }
        Fund fund = new Fund(charter);
        funds.add(fund);
        audit.record(actor, "Fund", fund.getId(), "CREATED", fund.getName());
        return fund;
    }

    public Fund describe(Actor actor, long id, long expectedVersion, FundCharter charter) {
        actor.require(Role.CSO_ADMIN);
        Fund fund = funds.get(id);
        if (fund.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion("Fund", id, expectedVersion, fund.getVersion());
        }
        String name = charter.name();
        if (name != null && !name.strip().equals(fund.getName()) && funds.nameTaken(name)) {
            throw new ConflictException("name", "A fund named '" + name.strip() + "' already exists");
        }
        fund.describe(charter);
        funds.flush();
        audit.record(actor, "Fund", id, "DESCRIBED", fund.getName());
        return fund;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FundOverview overview(long id) {
        Fund fund = funds.get(id);
        Map<String, Money> pledged = ledger.pledgedByMember(id);
        Money totalPledged = pledged.values().stream().reduce(Money.ZERO, Money::plus);
        FundBalance balance = ledger.balance(id);
        Map<String, FundBalance> parts = memberFunding.of(id, balance, ledger.receivedByMember(id));
        TreeSet<String> codes = new TreeSet<>(pledged.keySet());
        codes.addAll(parts.keySet());
        return new FundOverview(fund, balance, totalPledged, codes.stream().map(code -> new MemberPart(code,
                pledged.getOrDefault(code, Money.ZERO), parts.getOrDefault(code, FundBalance.EMPTY))).toList());
    }

    private static List<MemberFigures> members(Map<String, Money> pledged, Map<String, Money> received) {
        TreeSet<String> codes = new TreeSet<>(pledged.keySet());
        codes.addAll(received.keySet());
        return codes.stream().map(code -> new MemberFigures(code, pledged.getOrDefault(code, Money.ZERO),
                received.getOrDefault(code, Money.ZERO))).toList();
    }

    /** Every fund and every contributing country, from four grouped queries whatever their number. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MoneyOverview moneyOverview() {
        Map<Long, FundBalance> balances = ledger.balancesByFund();
        Map<Long, Money> pledgedByFund = ledger.pledgedByFund();
        List<FundSummary> summaries = funds.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(f -> new FundSummary(f, pledgedByFund.getOrDefault(f.getId(), Money.ZERO),
                        balances.getOrDefault(f.getId(), FundBalance.EMPTY)))
                .toList();
        return new MoneyOverview(summaries, members(ledger.pledgedByMember(null),
                ledger.receivedByMember(null)));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<LedgerEntry> ledger(long fundId, Ledger.Filter filter, PageRequest page) {
        funds.get(fundId);
        return ledger.list(fundId, filter, page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LedgerEntry entry(long id) {
        return ledger.get(id);
    }

    /**
     * The CSO records a commitment, release or payment for a reference (an order, a contract);
     * receipts come only through contributions.
     */
    public LedgerEntry record(Actor actor, String idempotencyKey, long fundId, EntryType type, Money amount,
            String reference) {
        actor.require(Role.CSO_ADMIN);
        long id = idempotency.once(actor, idempotencyKey, "ledger:" + fundId,
                List.of(type, amount, String.valueOf(reference)), () -> switch (type) {
            case COMMITMENT -> treasury.commit(actor, fundId, amount, reference).getId();
            case RELEASE -> treasury.release(actor, fundId, amount, reference).getId();
            case PAYMENT -> treasury.pay(actor, fundId, amount, reference).getId();
            case CONTRIBUTION_RECEIVED -> throw new InvalidInputException("type",
                    "receipts are recorded against a contribution: POST /api/contributions/{id}/receipts");
        });
        return ledger.get(id);
    }
}
