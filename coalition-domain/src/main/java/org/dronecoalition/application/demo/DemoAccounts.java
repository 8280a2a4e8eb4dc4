package org.dronecoalition.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import org.dronecoalition.application.Passwords;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.PageRequest;

/**
 * The published demo accounts, all with {@link DemoData#DEMO_PASSWORD}: the CSO, one representative
 * per member country (so that a vote can reach its quorum), a test officer, and the demo maker.
 */
@ApplicationScoped
class DemoAccounts {

    @Inject
    UserAccountRepository accounts;

    @Inject
    MemberCountryRepository members;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    void create() {
        // One hash for every demo account: they share the published demo password anyway.
        String hash = passwords.hash(DemoData.DEMO_PASSWORD);
        staff("cso", "Coalition Support Office", Role.CSO_ADMIN, null, hash);
        for (MemberCountry m : members.list(MembershipStatus.MEMBER, MemberCountryRepository.Sort.CODE,
                new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
            staff("rep-" + m.getCode().value().toLowerCase(Locale.ROOT), "Representative of " + m.getName(),
                    Role.MEMBER_REP, m.getCode(), hash);
        }
        staff("tester", "Test and evaluation officer", Role.TEST_OFFICER, null, hash);
        accounts.get(DemoCompanies.DEMO_MAKER).setPasswordHash(hash);
    }

    private void staff(String username, String name, Role role, CountryCode country, String hash) {
        UserAccount account = UserAccount.staff(username, name, role, country, clock.instant());
        account.setPasswordHash(hash);
        accounts.add(account);
    }
}
