package org.dronecoalition.application.demo;

import java.util.Locale;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.shared.CountryCode;

/** The people of the record, as the services know them: the demo accounts act under these names. */
final class DemoActors {

    static final Actor CSO = new Actor("cso", Role.CSO_ADMIN, null);
    static final Actor TESTER = new Actor("tester", Role.TEST_OFFICER, null);

    private DemoActors() {
    }

    static Actor representative(String country) {
        return new Actor("rep-" + country.toLowerCase(Locale.ROOT), Role.MEMBER_REP, CountryCode.of(country));
    }
}
