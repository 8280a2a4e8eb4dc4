package org.dronecoalition.domain.fund;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Money;

/**
 * The money rules under random sequences of pledges, receipts, corrections, pledge changes,
 * commitments, releases, payments and cancellations: the domain (a fund's balance and its
 * contributions) refuses exactly what a plain reference model in cents refuses, its figures equal
 * the model's after every step, and the invariants of DOMAIN.md hold throughout: nothing available
 * below zero, received = available + outstanding + paid, no reference paid or released beyond its
 * commitments, no pledge received beyond itself.
 */
class MoneyRulesPropertyTest {

    private static final int REFERENCES = 3;
    private static final int CONTRIBUTIONS = 4;

    enum Kind { PLEDGE, RECEIVE, CORRECT, REPLEDGE, COMMIT, RELEASE, PAY, CANCEL }

    record Step(Kind kind, int target, long cents) {
    }

    @Property(tries = 300)
    void theDomainRefusesWhatTheModelRefusesAndTheInvariantsHold(@ForAll("steps") List<Step> steps) {
        Domain domain = new Domain();
        Model model = new Model();
        for (Step step : steps) {
            boolean allowed = model.allows(step);
            boolean accepted = domain.apply(step);
            assertThat(step + " accepted", accepted, is(allowed));
            if (allowed) {
                model.apply(step);
            }
            domain.matches(model);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 4),
                Arbitraries.longs().between(1, 2_000_000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    private static Money euros(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** The platform's own objects: a fund's balance, its balance per reference, the contributions. */
    private static final class Domain {

        private static final MemberCountry LATVIA = new MemberCountry(CountryCode.of("LV"), "Latvia",
                LocalDate.of(2024, 1, 17), Set.of(MemberRole.MEMBER), null, LocalDate.of(2024, 2, 1));

        private FundBalance fund = FundBalance.EMPTY;
        private final Map<Integer, FundBalance> references = new HashMap<>();
        private final List<Contribution> contributions = new ArrayList<>();

        boolean apply(Step s) {
            Money amount = euros(s.cents());
            try {
                switch (s.kind()) {
                    case PLEDGE -> contributions.add(new Contribution(1, LATVIA, amount, LocalDate.of(2024, 3, 1)));
                    case RECEIVE -> {
                        contribution(s).receive(amount);
                        post(EntryType.CONTRIBUTION_RECEIVED, amount, FundBalance.EMPTY, null);
                    }
                    case CORRECT -> {
                        fund.admit(EntryType.CONTRIBUTION_RECEIVED, amount.negate(), () -> FundBalance.EMPTY);
                        contribution(s).correctReceived(amount);
                        post(EntryType.CONTRIBUTION_RECEIVED, amount.negate(), FundBalance.EMPTY, null);
                    }
                    case REPLEDGE -> contribution(s).repledge(amount);
                    case COMMIT -> post(EntryType.COMMITMENT, amount, reference(s), s.target() % REFERENCES);
                    case RELEASE -> post(EntryType.RELEASE, amount, reference(s), s.target() % REFERENCES);
                    case PAY -> post(EntryType.PAYMENT, amount, reference(s), s.target() % REFERENCES);
                    case CANCEL -> post(EntryType.RELEASE, reference(s).outstanding(), reference(s),
                            s.target() % REFERENCES);
                }
                return true;
            } catch (ConflictException | IndexOutOfBoundsException refused) {
                return false;
            }
        }

        private void post(EntryType type, Money amount, FundBalance ofReference, Integer reference) {
            fund.admit(type, amount, () -> ofReference);
            fund = fund.with(type, amount);
            if (reference != null) {
                references.put(reference, ofReference.with(type, amount));
            }
        }

        private Contribution contribution(Step s) {
            return contributions.get(s.target() % CONTRIBUTIONS);
        }

        private FundBalance reference(Step s) {
            return references.getOrDefault(s.target() % REFERENCES, FundBalance.EMPTY);
        }

        void matches(Model model) {
            assertThat(fund.received(), is(euros(model.received)));
            assertThat(fund.committed(), is(euros(model.committed)));
            assertThat(fund.released(), is(euros(model.released)));
            assertThat(fund.paid(), is(euros(model.paid)));
            assertThat("available", fund.available().amount().signum(), greaterThanOrEqualTo(0));
            assertThat("received = available + outstanding + paid", fund.received(),
                    is(fund.available().plus(fund.outstanding()).plus(fund.paid())));
            references.values().forEach(r -> assertThat("outstanding per reference",
                    r.outstanding().amount().signum(), greaterThanOrEqualTo(0)));
            Money receivedByContributions = Money.ZERO;
            for (int i = 0; i < contributions.size(); i++) {
                Contribution c = contributions.get(i);
                assertThat(c.getPledged(), is(euros(model.pledged.get(i))));
                assertThat(c.getReceived(), is(euros(model.receivedOf.get(i))));
                assertThat(c.getReceived().amount(), lessThanOrEqualTo(c.getPledged().amount()));
                receivedByContributions = receivedByContributions.plus(c.getReceived());
            }
            assertThat("the fund received what its contributions received", fund.received(),
                    is(receivedByContributions));
        }
    }

    /** The rules written out plainly, in cents. */
    private static final class Model {

        long received;
        long committed;
        long released;
        long paid;
        final List<Long> pledged = new ArrayList<>();
        final List<Long> receivedOf = new ArrayList<>();
        final long[][] byReference = new long[REFERENCES][3];

        long available() {
            return received - committed + released;
        }

        long outstanding(int reference) {
            long[] r = byReference[reference];
            return r[0] - r[1] - r[2];
        }

        boolean allows(Step s) {
            int c = s.target() % CONTRIBUTIONS;
            int r = s.target() % REFERENCES;
            boolean exists = c < pledged.size();
            return switch (s.kind()) {
                case PLEDGE, CANCEL -> true;
                case RECEIVE -> exists && s.cents() <= pledged.get(c) - receivedOf.get(c);
                case CORRECT -> exists && s.cents() <= receivedOf.get(c) && s.cents() <= available();
                case REPLEDGE -> exists && s.cents() >= receivedOf.get(c);
                case COMMIT -> s.cents() <= available();
                case RELEASE, PAY -> s.cents() <= outstanding(r);
            };
        }

        void apply(Step s) {
            int c = s.target() % CONTRIBUTIONS;
            int r = s.target() % REFERENCES;
            switch (s.kind()) {
                case PLEDGE -> {
                    pledged.add(s.cents());
                    receivedOf.add(0L);
                }
                case RECEIVE -> {
                    receivedOf.set(c, receivedOf.get(c) + s.cents());
                    received += s.cents();
                }
                case CORRECT -> {
                    receivedOf.set(c, receivedOf.get(c) - s.cents());
                    received -= s.cents();
                }
                case REPLEDGE -> pledged.set(c, s.cents());
                case COMMIT -> {
                    committed += s.cents();
                    byReference[r][0] += s.cents();
                }
                case RELEASE -> {
                    released += s.cents();
                    byReference[r][1] += s.cents();
                }
                case PAY -> {
                    paid += s.cents();
                    byReference[r][2] += s.cents();
                }
                case CANCEL -> {
                    long rest = outstanding(r);
                    released += rest;
                    byReference[r][1] += rest;
                }
            }
        }
    }
}
