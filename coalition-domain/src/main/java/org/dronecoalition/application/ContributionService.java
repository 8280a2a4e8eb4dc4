package org.dronecoalition.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.contribution.ContributionRepository;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.Ledger;
import org.dronecoalition.domain.fund.LedgerEntry;
import org.dronecoalition.domain.fund.Treasury;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** Pledges by member countries and the receipts the CSO records against them. */
@Stateless
public class ContributionService {

    static final String AGGREGATE = "Contribution";

    @Inject
    ContributionRepository contributions;

    @Inject
    MemberCountryRepository members;

    @Inject
    Treasury treasury;

    @Inject
    Ledger ledger;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Contribution get(long id) {
        return contributions.get(id);
    }

    /** What arrived for a pledge, and the corrections. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<LedgerEntry> receipts(long id, PageRequest page) {
        contributions.get(id);
        return ledger.ofContribution(id, page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Contribution> ofMember(CountryCode code, PageRequest page) {
        members.get(code);
        return contributions.ofMember(code.value(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Contribution> open(PageRequest page) {
        return contributions.open(page);
    }

    /** A representative pledges for their own country; the CSO may record a pledge for any. */
    public Contribution pledge(Actor actor, String idempotencyKey, long fundId, CountryCode code, Money amount) {
        actor.requireActsFor(code);
        long id = idempotency.once(actor, idempotencyKey, "pledge", List.of(fundId, code, amount), () -> {
            treasury.hold(fundId);
            MemberCountry member = members.get(code);
            Contribution contribution = new Contribution(fundId, member, amount, LocalDate.now(clock));
            contributions.add(contribution);
            treasury.pledged(fundId, member.getCode().value(), amount);
            audit.record(actor, AGGREGATE, contribution.getId(), "PLEDGED", amount + " by " + code + " to fund "
                    + fundId);
            return contribution.getId();
        });
        return contributions.get(id);
    }

    /** Raises (or lowers) a pledge; never below what has arrived. */
    public Contribution repledge(Actor actor, long id, long expectedVersion, Money amount) {
        Contribution contribution = contributions.get(id);
        actor.requireActsFor(new CountryCode(contribution.getMemberCode()));
        if (contribution.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(AGGREGATE, id, expectedVersion, contribution.getVersion());
        }
        Money before = contribution.getPledged();
        contribution.repledge(amount);
        treasury.pledged(contribution.getFundId(), contribution.getMemberCode(), amount.minus(before));
        contributions.flush();
        audit.record(actor, AGGREGATE, id, "REPLEDGED", "pledge now " + amount);
        return contribution;
    }

    /**
     * The CSO corrects a receipt recorded wrongly: a new, negative ledger entry names the receipt it
     * corrects, and the contribution's received amount falls by as much. Nothing is edited.
     */
    public Contribution correctReceipt(Actor actor, String idempotencyKey, long id, long receiptEntryId,
            Money amount) {
        actor.require(Role.CSO_ADMIN);
        idempotency.once(actor, idempotencyKey, "correction:" + receiptEntryId, List.of(id, amount), () -> {
            Contribution contribution = contributions.get(id);
            LedgerEntry receipt = ledger.get(receiptEntryId);
            if (receipt.getType() != EntryType.CONTRIBUTION_RECEIVED || receipt.getContributionId() == null
                    || receipt.getContributionId() != id || receipt.getCorrectsId() != null) {
                throw new UnknownEntityException("Receipt of contribution " + id, receiptEntryId);
            }
            if (amount.exceeds(ledger.remainderOf(receipt))) {
                throw new ConflictException("amount", "Only " + ledger.remainderOf(receipt)
                        + " of receipt " + receiptEntryId + " is left to correct");
            }
            contribution.correctReceived(amount);
            contributions.flush();
            return treasury.receive(actor, contribution.getFundId(), amount.negate(), contribution.getMemberCode(),
                    id, receiptEntryId).getId();
        });
        return contributions.get(id);
    }

    /** The CSO confirms that money arrived: the pledge's received amount and the fund's ledger grow together. */
    public Contribution receive(Actor actor, String idempotencyKey, long id, Money amount) {
        actor.require(Role.CSO_ADMIN);
        idempotency.once(actor, idempotencyKey, "receipt:" + id, List.of(amount), () -> {
            Contribution contribution = contributions.get(id);
            contribution.receive(amount);
            contributions.flush();
            return treasury.receive(actor, contribution.getFundId(), amount, contribution.getMemberCode(), id, null)
                    .getId();
        });
        return contributions.get(id);
    }
}
