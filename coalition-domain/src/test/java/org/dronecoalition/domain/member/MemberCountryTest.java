package org.dronecoalition.domain.member;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MemberCountryTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 11, 1);

    private static MemberCountry luxembourg() {
        return new MemberCountry(CountryCode.of("LU"), null, LocalDate.of(2024, 10, 3), MemberRole.MEMBER, null, TODAY);
    }

    @Test
    void newMemberIsActiveAndNamedInEnglishByDefault() {
        MemberCountry lu = luxembourg();
        assertThat(lu.getName(), is("Luxembourg"));
        assertThat(lu.getStatus(), is(MembershipStatus.MEMBER));
        assertThat(lu.isActive(), is(true));
    }

    @Test
    void joinDateInTheFutureIsRefusedNamingTheField() {
        var e = assertThrows(InvalidInputException.class, () -> new MemberCountry(CountryCode.of("NO"), "Norway",
                TODAY.plusDays(1), MemberRole.MEMBER, null, TODAY));
        assertThat(e.field(), is("joinedOn"));
        assertThat(e.getMessage(), containsString("future"));
    }

    @Test
    void joinDateBeforeTheCoalitionExistedIsRefused() {
        var e = assertThrows(InvalidInputException.class, () -> new MemberCountry(CountryCode.of("NO"), "Norway",
                LocalDate.of(2023, 12, 31), MemberRole.MEMBER, null, TODAY));
        assertThat(e.field(), is("joinedOn"));
    }

    @Test
    void mouDateInTheFutureIsRefused() {
        MemberCountry lu = luxembourg();
        var e = assertThrows(InvalidInputException.class, () -> lu.amend(LocalDate.of(2024, 10, 3),
                MemberRole.MEMBER, MembershipStatus.MEMBER, TODAY.plusDays(30), TODAY));
        assertThat(e.field(), is("mouSignedOn"));
    }

    @Test
    void amendChangesTheRecordAndSaysSo() {
        MemberCountry lu = luxembourg();
        assertThat(lu.amend(LocalDate.of(2024, 10, 2), MemberRole.CO_LEAD, MembershipStatus.MEMBER, TODAY, TODAY),
                is(true));
        assertThat(lu.getJoinedOn(), equalTo(LocalDate.of(2024, 10, 2)));
        assertThat(lu.getRole(), is(MemberRole.CO_LEAD));
        assertThat(lu.getMouSignedOn(), is(TODAY));
    }

    @Test
    void amendingToTheSameValuesChangesNothing() {
        MemberCountry lu = luxembourg();
        assertThat(lu.amend(LocalDate.of(2024, 10, 3), MemberRole.MEMBER, MembershipStatus.MEMBER, null, TODAY),
                is(false));
    }

    @Test
    void withdrawingTwiceIsAConflict() {
        MemberCountry lu = luxembourg();
        lu.withdraw();
        assertThat(lu.isActive(), is(false));
        assertThrows(ConflictException.class, lu::withdraw);
    }
}
