package org.dronecoalition.domain.member;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MemberCountryTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 11, 1);

    private static MemberCountry luxembourg() {
        return new MemberCountry(CountryCode.of("LU"), null, LocalDate.of(2024, 10, 3), Set.of(MemberRole.MEMBER), null,
                TODAY);
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
                TODAY.plusDays(1), Set.of(MemberRole.MEMBER), null, TODAY));
        assertThat(e.field(), is("joinedOn"));
        assertThat(e.getMessage(), containsString("future"));
    }

    @Test
    void joinDateBeforeTheCoalitionExistedIsRefused() {
        var e = assertThrows(InvalidInputException.class, () -> new MemberCountry(CountryCode.of("NO"), "Norway",
                LocalDate.of(2023, 12, 31), Set.of(MemberRole.MEMBER), null, TODAY));
        assertThat(e.field(), is("joinedOn"));
    }

    @Test
    void mouDateInTheFutureIsRefused() {
        MemberCountry lu = luxembourg();
        var e = assertThrows(InvalidInputException.class, () -> lu.amend(LocalDate.of(2024, 10, 3),
                Set.of(MemberRole.MEMBER), MembershipStatus.MEMBER, TODAY.plusDays(30), TODAY));
        assertThat(e.field(), is("mouSignedOn"));
    }

    @Test
    void amendChangesTheRecordAndSaysSo() {
        MemberCountry lu = luxembourg();
        assertThat(lu.amend(LocalDate.of(2024, 10, 2), Set.of(MemberRole.CO_LEAD), MembershipStatus.MEMBER, TODAY,
                TODAY), is(true));
        assertThat(lu.getJoinedOn(), equalTo(LocalDate.of(2024, 10, 2)));
        assertThat(lu.getRoles(), is(Set.of(MemberRole.CO_LEAD)));
        assertThat(lu.getMouSignedOn(), is(TODAY));
    }

    @Test
    void amendingToTheSameValuesChangesNothing() {
        MemberCountry lu = luxembourg();
        assertThat(lu.amend(LocalDate.of(2024, 10, 3), Set.of(MemberRole.MEMBER), MembershipStatus.MEMBER, null,
                TODAY), is(false));
    }

    @Test
    void aMemberMayInitiateAndCoLeadAtOnce() {
        MemberCountry lv = new MemberCountry(CountryCode.of("LV"), null, LocalDate.of(2024, 1, 17),
                Set.of(MemberRole.INITIATOR, MemberRole.CO_LEAD), null, TODAY);
        assertThat(lv.getRoles(), is(Set.of(MemberRole.INITIATOR, MemberRole.CO_LEAD)));
    }

    @Test
    void aPlainMemberHoldsNoOtherRoleAndEveryMemberHoldsOne() {
        MemberCountry lu = luxembourg();
        var both = assertThrows(InvalidInputException.class, () -> lu.amend(LocalDate.of(2024, 10, 3),
                Set.of(MemberRole.MEMBER, MemberRole.CO_LEAD), MembershipStatus.MEMBER, null, TODAY));
        assertThat(both.field(), is("roles"));
        var none = assertThrows(InvalidInputException.class, () -> lu.amend(LocalDate.of(2024, 10, 3), Set.of(),
                MembershipStatus.MEMBER, null, TODAY));
        assertThat(none.field(), is("roles"));
        assertThat(lu.getRoles(), is(Set.of(MemberRole.MEMBER)));
    }

    @Test
    void withdrawingTwiceIsAConflict() {
        MemberCountry lu = luxembourg();
        lu.withdraw();
        assertThat(lu.isActive(), is(false));
        assertThrows(ConflictException.class, lu::withdraw);
    }
}
