package org.dronecoalition.domain.fund;

import java.util.Map;
import java.util.function.Supplier;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.Money;

/**
 * A fund's figures, all derived from its ledger. Available money is what was received, less what
 * is committed, plus what was released; payments settle commitments and leave it unchanged.
 * Identity: received = available + outstanding commitments + paid.
 */
public record FundBalance(Money received, Money committed, Money released, Money paid) {

    public static final FundBalance EMPTY = new FundBalance(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    static FundBalance of(Map<EntryType, Money> totals) {
        return new FundBalance(totals.getOrDefault(EntryType.CONTRIBUTION_RECEIVED, Money.ZERO),
                totals.getOrDefault(EntryType.COMMITMENT, Money.ZERO),
                totals.getOrDefault(EntryType.RELEASE, Money.ZERO),
                totals.getOrDefault(EntryType.PAYMENT, Money.ZERO));
    }

    public Money available() {
        return received.minus(committed).plus(released);
    }

    /** Committed and neither released nor paid yet. */
    public Money outstanding() {
        return committed.minus(released).minus(paid);
    }

    /**
     * Refuses an entry that would break the ledger's invariants: a commitment beyond the available
     * money, a release or payment beyond what is outstanding for its reference, a correction that
     * takes back money already committed.
     *
     * @param ofReference the balance of the entries that share the new entry's reference, asked for
     *        only by a release or payment: a commitment on a busy fund is not slowed by a sum it
     *        does not need
     */
    public void admit(EntryType type, Money amount, Supplier<FundBalance> ofReference) {
        switch (type) {
            case COMMITMENT -> {
                if (amount.exceeds(available())) {
                    throw new ConflictException("amount", "The fund has " + available() + " available; a commitment of "
                            + amount + " does not fit");
                }
            }
            case RELEASE, PAYMENT -> {
                Money outstanding = ofReference.get().outstanding();
                if (amount.exceeds(outstanding)) {
                    throw new ConflictException("amount", "Only " + outstanding
                            + " is committed and outstanding for this reference; a " + type.name().toLowerCase()
                            + " of " + amount + " is more");
                }
            }
            case CONTRIBUTION_RECEIVED -> {
                if (amount.isNegative() && amount.negate().exceeds(available())) {
                    throw new ConflictException("amount", "The fund has " + available()
                            + " available; a correction of " + amount + " would make it negative");
                }
            }
        }
    }

    /** The sum of two balances, e.g. of all funds together. */
    public FundBalance plus(FundBalance other) {
        return new FundBalance(received.plus(other.received), committed.plus(other.committed),
                released.plus(other.released), paid.plus(other.paid));
    }

    /** The balance after one more entry. */
    public FundBalance with(EntryType type, Money amount) {
        return switch (type) {
            case CONTRIBUTION_RECEIVED -> new FundBalance(received.plus(amount), committed, released, paid);
            case COMMITMENT -> new FundBalance(received, committed.plus(amount), released, paid);
            case RELEASE -> new FundBalance(received, committed, released.plus(amount), paid);
            case PAYMENT -> new FundBalance(received, committed, released, paid.plus(amount));
        };
    }
}
