package org.dronecoalition.domain.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dronecoalition.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPasswordWithoutTheUserName() {
        PasswordPolicy.check("password", "rep-no", "Tromso-fjord-2025");
    }

    @Test
    void refusesShortOnesNamingTheField() {
        var e = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("newPassword", "a", "elevenchars"));
        assertThat(e.field(), is("newPassword"));
        assertThat(e.getMessage(), containsString("12"));
    }

    @Test
    void refusesOnesContainingTheUserNameInAnyCase() {
        var e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("password", "rep-no", "my-REP-NO-password"));
        assertThat(e.getMessage(), containsString("user name"));
    }

    @Test
    void refusesCommonOnesInAnyCase() {
        var e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("password", "someone", "PasswordPassword"));
        assertThat(e.getMessage(), containsString("common"));
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("password", "someone", "123456789012"));
    }
}
