package org.dronecoalition.domain.fund;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.Money;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class FundBalanceTest {

    @Test
    void commitmentBeyondTheAvailableMoneyIsRefusedNamingIt() {
        FundBalance balance = FundBalance.EMPTY.with(EntryType.CONTRIBUTION_RECEIVED, Money.of("1000.00"))
                .with(EntryType.COMMITMENT, Money.of("600.00"));
        var e = assertThrows(ConflictException.class,
                () -> balance.admit(EntryType.COMMITMENT, Money.of("400.01"), () -> FundBalance.EMPTY));
        assertThat(e.getMessage(), containsString("EUR 400.00 available"));
    }

    @Test
    void releaseOrPaymentNeedAnOutstandingCommitmentOfTheirReference() {
        FundBalance fund = FundBalance.EMPTY.with(EntryType.CONTRIBUTION_RECEIVED, Money.of("1000.00"));
        FundBalance order = FundBalance.EMPTY.with(EntryType.COMMITMENT, Money.of("300.00"))
                .with(EntryType.PAYMENT, Money.of("100.00"));
        fund.admit(EntryType.RELEASE, Money.of("200.00"), () -> order);
        assertThrows(ConflictException.class, () -> fund.admit(EntryType.PAYMENT, Money.of("200.01"), () -> order));
    }

    @Test
    void aCommitmentOrReceiptIsAdmittedWithoutTheBalanceOfItsReference() {
        FundBalance fund = FundBalance.EMPTY.with(EntryType.CONTRIBUTION_RECEIVED, Money.of("1000.00"));
        Supplier<FundBalance> unread = () -> {
            throw new AssertionError("only releases and payments are limited by their reference");
        };
        fund.admit(EntryType.COMMITMENT, Money.of("1000.00"), unread);
        fund.admit(EntryType.CONTRIBUTION_RECEIVED, Money.of("-1000.00"), unread);
    }

    @Test
    void aCorrectionCannotTakeBackCommittedMoney() {
        FundBalance fund = FundBalance.EMPTY.with(EntryType.CONTRIBUTION_RECEIVED, Money.of("1000.00"))
                .with(EntryType.COMMITMENT, Money.of("900.00"));
        assertThrows(ConflictException.class,
                () -> fund.admit(EntryType.CONTRIBUTION_RECEIVED, Money.of("-100.01"), () -> FundBalance.EMPTY));
    }

    /**
     * A property over random ledgers: whatever sequence of receipts, commitments, releases and
     * payments is attempted, the entries the rules admit keep available money at zero or more,
     * keep every reference's outstanding commitment at zero or more, and keep
     * received = available + outstanding + paid. Each repetition uses its own seed.
     */
    @RepeatedTest(200)
    void admittedEntriesKeepTheBalanceIdentities(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        FundBalance fund = FundBalance.EMPTY;
        Map<String, FundBalance> references = new HashMap<>();
        for (int step = 0; step < 300; step++) {
            EntryType type = EntryType.values()[random.nextInt(EntryType.values().length)];
            String reference = "order-" + random.nextInt(5);
            Money amount = new Money(BigDecimal.valueOf(random.nextInt(1_000_000) + 1, 2));
            if (type == EntryType.CONTRIBUTION_RECEIVED && random.nextInt(10) == 0) {
                amount = amount.negate();
            }
            FundBalance ofReference = references.getOrDefault(reference, FundBalance.EMPTY);
            try {
                fund.admit(type, amount, () -> ofReference);
            } catch (ConflictException refused) {
                continue;
            }
            fund = fund.with(type, amount);
            if (type != EntryType.CONTRIBUTION_RECEIVED) {
                references.put(reference, ofReference.with(type, amount));
            }
            assertThat(fund.available().amount().signum(), greaterThanOrEqualTo(0));
            assertThat(fund.received(), is(fund.available().plus(fund.outstanding()).plus(fund.paid())));
            references.values().forEach(r -> assertThat(r.outstanding().amount().signum(), greaterThanOrEqualTo(0)));
        }
    }
}
