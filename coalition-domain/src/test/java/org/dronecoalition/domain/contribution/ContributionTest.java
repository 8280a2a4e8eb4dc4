package org.dronecoalition.domain.contribution;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.Money;
import org.junit.jupiter.api.Test;

class ContributionTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 11, 1);

    private static MemberCountry latvia() {
        return new MemberCountry(CountryCode.of("LV"), "Latvia", LocalDate.of(2024, 1, 17),
                Set.of(MemberRole.INITIATOR), null, TODAY);
    }

    @Test
    void receiptsFillThePledgeStepByStep() {
        Contribution c = new Contribution(1, latvia(), Money.of("5000000"), TODAY);
        assertThat(c.getStatus(), is(ContributionStatus.PLEDGED));
        c.receive(Money.of("2000000"));
        assertThat(c.getStatus(), is(ContributionStatus.PARTIALLY_RECEIVED));
        assertThat(c.getOutstanding(), is(Money.of("3000000")));
        c.receive(Money.of("3000000"));
        assertThat(c.getStatus(), is(ContributionStatus.RECEIVED));
    }

    @Test
    void moreThanPledgedIsRefusedUntilThePledgeIsRaised() {
        Contribution c = new Contribution(1, latvia(), Money.of("100.00"), TODAY);
        var e = assertThrows(ConflictException.class, () -> c.receive(Money.of("100.01")));
        assertThat(e.field(), is("amount"));
        c.repledge(Money.of("150.00"));
        c.receive(Money.of("150.00"));
        assertThat(c.getReceived(), is(Money.of("150.00")));
    }

    @Test
    void pledgeCannotFallBelowWhatArrived() {
        Contribution c = new Contribution(1, latvia(), Money.of("100.00"), TODAY);
        c.receive(Money.of("80.00"));
        assertThrows(ConflictException.class, () -> c.repledge(Money.of("79.99")));
    }

    @Test
    void withdrawnMemberCannotPledge() {
        MemberCountry latvia = latvia();
        latvia.withdraw();
        var e = assertThrows(ConflictException.class, () -> new Contribution(1, latvia, Money.of("1"), TODAY));
        assertThat(e.field(), is("memberCode"));
    }
}
