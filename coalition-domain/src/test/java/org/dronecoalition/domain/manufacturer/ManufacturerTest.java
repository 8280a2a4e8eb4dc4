package org.dronecoalition.domain.manufacturer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ManufacturerTest {

    private static Manufacturer pending() {
        return new Manufacturer("Vyriy Drone Works", CountryCode.of("UA"), " 4123 4567 ", "Taras Melnyk",
                "tenders@vyriy.example", EnumSet.of(DroneCategory.ADVANCED_FPV), 5000, OffsetDateTime.now());
    }

    @Test
    void startsPendingAndMayNotProposeUntilVerified() {
        Manufacturer m = pending();
        assertThat(m.getStatus(), is(ManufacturerStatus.PENDING_VERIFICATION));
        assertThat(m.mayPropose(), is(false));
        m.verify();
        assertThat(m.mayPropose(), is(true));
    }

    @Test
    void registrationNumbersCompareWithoutSpacesAndCase() {
        assertThat(pending().getRegistrationNumber(), is("41234567"));
        assertThat(Manufacturer.normalised("ab 12-3"), is("AB12-3"));
    }

    @Test
    void rejectionNeedsAReasonTheApplicantCanRead() {
        Manufacturer m = pending();
        assertThrows(InvalidInputException.class, () -> m.reject(" "));
        m.reject("Not in the register");
        assertThat(m.getStatus(), is(ManufacturerStatus.REJECTED));
        assertThat(m.getStatusReason(), is("Not in the register"));
        assertThrows(ConflictException.class, m::verify);
    }

    @Test
    void suspensionAndReinstatementFollowTheLifeCycle() {
        Manufacturer m = pending();
        assertThrows(ConflictException.class, () -> m.suspend("too early"));
        m.verify();
        m.suspend("Export licence expired");
        assertThat(m.mayPropose(), is(false));
        var refused = assertThrows(ConflictException.class, () -> m.requireInGoodStanding("ship"));
        assertThat(refused.getMessage(), containsString("SUSPENDED and cannot ship"));
        m.reinstate();
        m.requireInGoodStanding("ship");
        assertThat(m.getStatus(), is(ManufacturerStatus.VERIFIED));
        assertThat(m.getStatusReason(), nullValue());
        assertThrows(ConflictException.class, m::reinstate);
    }

    @Test
    void aManufacturerProducesSomething() {
        var e = assertThrows(InvalidInputException.class, () -> new Manufacturer("X", CountryCode.of("UA"), "1",
                "Y", "y@x.example", EnumSet.noneOf(DroneCategory.class), 10, OffsetDateTime.now()));
        assertThat(e.field(), is("categories"));
    }

    @Test
    void contactsAndCapacityChangeWithoutAnotherVerification() {
        Manufacturer m = pending();
        m.verify();
        boolean identity = m.describe("Vyriy Drone Works", "41234567", "Olena Kovalenko", "olena@vyriy.example",
                EnumSet.of(DroneCategory.ADVANCED_FPV, DroneCategory.STRIKE_FPV), 7000);
        assertThat(identity, is(false));
        assertThat(m.getStatus(), is(ManufacturerStatus.VERIFIED));
        assertThat(m.getMonthlyCapacity(), is(7000));
        assertThat(m.getContactName(), is("Olena Kovalenko"));
    }

    @Test
    void aNewLegalNameOrRegistrationNumberGoesBackToVerification() {
        Manufacturer renamed = pending();
        renamed.verify();
        assertThat(renamed.describe("Vyriy Systems LLC", "41234567", "Taras Melnyk", "tenders@vyriy.example",
                EnumSet.of(DroneCategory.ADVANCED_FPV), 5000), is(true));
        assertThat(renamed.getStatus(), is(ManufacturerStatus.PENDING_VERIFICATION));
        assertThat(renamed.mayPropose(), is(false));

        Manufacturer renumbered = pending();
        renumbered.reject("Not in the register");
        renumbered.describe("Vyriy Drone Works", "4123 4568", "Taras Melnyk", "tenders@vyriy.example",
                EnumSet.of(DroneCategory.ADVANCED_FPV), 5000);
        assertThat(renumbered.getStatus(), is(ManufacturerStatus.PENDING_VERIFICATION));
        assertThat(renumbered.getStatusReason(), nullValue());
        assertThat(renumbered.getRegistrationNumber(), is("41234568"));
    }

    @Test
    void aSuspendedCompanyKeepsItsIdentityUntilReinstated() {
        Manufacturer m = pending();
        m.verify();
        m.suspend("Export licence expired");
        var refused = assertThrows(ConflictException.class, () -> m.describe("Another Name LLC", "41234567",
                "Taras Melnyk", "tenders@vyriy.example", EnumSet.of(DroneCategory.ADVANCED_FPV), 5000));
        assertThat(refused.field(), is("legalName"));
        assertThat(m.getLegalName(), is("Vyriy Drone Works"));
        assertThat(m.getStatus(), is(ManufacturerStatus.SUSPENDED));
    }
}
