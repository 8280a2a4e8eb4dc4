package org.dronecoalition.domain.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.audit.AuditTrail;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;

/**
 * The domain service through which all money moves: receipts, commitments, releases and
 * payments. Each appends one ledger entry while holding the fund's lock, after checking the
 * fund's invariants against its current balance, within the caller's transaction. It keeps what
 * each member country pledged and paid in under the same lock, and, for an entry of one of the
 * fund's orders, each member's part of it by the order's shares.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Treasury {

    static final String AGGREGATE = "Fund";

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Money from a member arrived (negative: a correction of the receipt {@code corrects}). */
    public LedgerEntry receive(Actor actor, long fundId, Money amount, String memberCode, Long contributionId,
            Long corrects) {
        return append(actor, fundId, EntryType.CONTRIBUTION_RECEIVED, amount, memberCode, contributionId,
                "contribution-" + contributionId, corrects);
    }

    /**
     * Takes the fund's lock for the rest of the transaction before the caller's other writes (an
     * order, a pledge), so that every transaction that moves the fund's money takes it first.
     */
    public void hold(long fundId) {
        ledger.lock(fundId);
    }

    /** A member country's pledges to the fund grew (or, negative, shrank) by {@code change}. */
    public void pledged(long fundId, String memberCode, Money change) {
        ledger.lock(fundId);
        ledger.memberTotalsOfLocked(fundId, memberCode).pledge(change);
    }

    /** Sets money aside for {@code reference}; refused when the fund's available money is short. */
    public LedgerEntry commit(Actor actor, long fundId, Money amount, String reference) {
        return append(actor, fundId, EntryType.COMMITMENT, amount, null, null, reference, null);
    }

    public LedgerEntry release(Actor actor, long fundId, Money amount, String reference) {
        return append(actor, fundId, EntryType.RELEASE, amount, null, null, reference, null);
    }

    public LedgerEntry pay(Actor actor, long fundId, Money amount, String reference) {
        return append(actor, fundId, EntryType.PAYMENT, amount, null, null, reference, null);
    }

    private LedgerEntry append(Actor actor, long fundId, EntryType type, Money amount, String memberCode,
            Long contributionId, String reference, Long corrects) {
        if (reference == null || reference.isBlank() || reference.length() > 80) {
            throw new InvalidInputException("reference", "a reference of 1 to 80 characters is required");
        }
        String stripped = reference.strip();
        FundTotals totals = ledger.lock(fundId);
        totals.balance().admit(type, amount, () -> ledger.balance(fundId, stripped));
        LedgerEntry entry = new LedgerEntry(fundId, type, amount, memberCode, contributionId, stripped,
                corrects, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor.username());
        ledger.append(entry);
        totals.book(type, amount);
        if (type != EntryType.CONTRIBUTION_RECEIVED) {
            ledger.orderShares(fundId, entry.getReference()).ifPresent(shares -> {
                totals.bookForOrder(type, amount);
                shares.forEach((member, share) -> ledger.memberTotalsOfLocked(fundId, member)
                        .shareOfOrder(type, amount.amount().multiply(share)));
            });
        }
        if (memberCode != null) {
            ledger.memberTotalsOfLocked(fundId, memberCode).receive(amount);
        }
        audit.record(actor, AGGREGATE, fundId, type.name(), amount + " for " + entry.getReference()
                + (memberCode == null ? "" : " from " + memberCode) + " (ledger entry " + entry.getId() + ")");
        return entry;
    }
}
