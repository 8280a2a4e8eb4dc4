package org.dronecoalition.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.application.MembershipService.Admission;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.application.Passwords;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.fund.EntryType;
import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.fund.FundCharter;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.manufacturer.ManufacturerRepository;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The coalition as of November 2024 (DOMAIN.md), loaded when {@code coalition.demo=true} and the
 * database holds no member yet, so a restart never loads it twice. Dates marked illustrative in
 * DOMAIN.md are plausible, not official. The accounts are for demonstration only.
 */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
public class DemoData {

    public static final String DEMO_PASSWORD = "demo2024";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final LocalDate MOU = LocalDate.of(2024, 7, 10);
    private static final LocalDate LAUNCH = LocalDate.of(2024, 2, 17);

    @Inject
    @ConfigProperty(name = "coalition.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    MembershipService membership;

    @Inject
    MemberCountryRepository members;

    @Inject
    FundService funds;

    @Inject
    ContributionService contributions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    ManufacturerRepository manufacturers;

    @Inject
    DemoTenders tenders;

    @Inject
    Clock clock;

    private String demoPasswordHash;

    @PostConstruct
    void load() {
        if (!enabled || members.count(MembershipStatus.MEMBER) + members.count(MembershipStatus.WITHDRAWN) > 0) {
            return;
        }
        admit("LV", LocalDate.of(2024, 1, 17), MemberRole.INITIATOR);
        admit("GB", LAUNCH, MemberRole.CO_LEAD);
        for (String code : new String[] {"UA", "SE", "DK", "DE", "LT", "EE", "NL"}) {
            admit(code, LAUNCH, MemberRole.MEMBER);
        }
        admit("CA", LocalDate.of(2024, 3, 8), MemberRole.MEMBER);
        admit("AU", LocalDate.of(2024, 3, 21), MemberRole.MEMBER);
        admit("CZ", LocalDate.of(2024, 4, 18), MemberRole.MEMBER);
        admit("FR", LocalDate.of(2024, 5, 22), MemberRole.MEMBER);
        admit("IT", LocalDate.of(2024, 6, 12), MemberRole.MEMBER);
        admit("NZ", LocalDate.of(2024, 6, 27), MemberRole.MEMBER);
        admit("PL", LocalDate.of(2024, 7, 4), MemberRole.MEMBER);
        admit("LU", LocalDate.of(2024, 10, 3), MemberRole.MEMBER);

        Fund[] loaded = loadFunds();
        // One hash for every demo account: they share the published demo password anyway.
        demoPasswordHash = passwords.hash(DEMO_PASSWORD);

        account("cso", "Coalition Support Office", Role.CSO_ADMIN, null);
        // One representative per member country, so that a vote can reach its quorum.
        members.list(MembershipStatus.MEMBER, MemberCountryRepository.Sort.CODE, new PageRequest(0, 100)).items()
                .forEach(m -> account("rep-" + m.getCode().value().toLowerCase(Locale.ROOT),
                        "Representative of " + m.getName(), Role.MEMBER_REP, m.getCode().value()));
        account("tester", "Test and evaluation officer", Role.TEST_OFFICER, null);
        Manufacturer[] makers = loadManufacturers();
        tenders.load(loaded[0].getId(), loaded[1].getId(), makers[0], makers[1]);
        LOG.info("Demo data loaded: 17 member countries, 2 funds with contributions, 3 manufacturers, "
                + "7 tenders with 4 proposals, demo accounts for the CSO, 17 representatives, a tester and a maker");
    }

    /**
     * The joint procurement fund (EUR 50 million received by October 2024, Latvia's EUR 5 million
     * among it) and the MoU special fund (EUR 45 million pledged by five members). Splits beyond
     * those public figures are illustrative, as are the pilot commitment and its first payment.
     */
    private Fund[] loadFunds() {
        Fund joint = funds.create(Actor.SYSTEM, new FundCharter("Joint procurement fund",
                "Joint procurement of drones for Ukraine through the coalition's international tenders", null,
                Money.of("50000000.00")));
        String[][] jointShares = {{"LV", "5000000"}, {"GB", "10000000"}, {"NL", "8000000"}, {"SE", "6000000"},
            {"DK", "5000000"}, {"DE", "6000000"}, {"LT", "2000000"}, {"EE", "2000000"}, {"CA", "3000000"},
            {"AU", "3000000"}};
        for (String[] share : jointShares) {
            contribute(joint, share[0], share[1], share[1]);
        }
        Fund mou = funds.create(Actor.SYSTEM, new FundCharter("MoU special fund",
                "Special fund created by the Memorandum of Understanding of the drone coalition",
                "Memorandum of Understanding of 10 July 2024", Money.of("45000000.00")));
        contribute(mou, "NL", "15000000", "15000000");
        contribute(mou, "GB", "15000000", "10000000");
        contribute(mou, "SE", "8000000", "4000000");
        contribute(mou, "LV", "5000000", "5000000");
        contribute(mou, "NZ", "2000000", "1000000");
        funds.record(Actor.SYSTEM, null, joint.getId(), EntryType.COMMITMENT, Money.of("2400000.00"),
                "DC-2024-FPV-00 pilot orders");
        funds.record(Actor.SYSTEM, null, joint.getId(), EntryType.PAYMENT, Money.of("1200000.00"),
                "DC-2024-FPV-00 pilot orders");
        return new Fund[] {joint, mou};
    }

    /** Illustrative companies: two verified (the first with the demo account "maker"), one waiting. */
    private Manufacturer[] loadManufacturers() {
        Manufacturer vyriy = manufacturer("Vyriy Drone Works", "UA", "41234567", "Taras Melnyk",
                EnumSet.of(DroneCategory.ADVANCED_FPV, DroneCategory.STRIKE_FPV), 5000);
        vyriy.verify();
        UserAccount maker = UserAccount.companyUser("maker", "Vyriy Drone Works", vyriy.getId(), true,
                clock.instant());
        maker.setPasswordHash(demoPasswordHash);
        accounts.add(maker);
        Manufacturer baltic = manufacturer("Baltic Aerial Systems", "LV", "40203123456", "Ilze Ozola",
                EnumSet.of(DroneCategory.INTERCEPTOR), 800);
        baltic.verify();
        manufacturer("Nordic Interceptor AB", "SE", "5590001234", "Erik Lind",
                EnumSet.of(DroneCategory.INTERCEPTOR, DroneCategory.RECONNAISSANCE), 300);
        return new Manufacturer[] {vyriy, baltic};
    }

    private Manufacturer manufacturer(String name, String country, String number, String contact,
            Set<DroneCategory> categories, int capacity) {
        Manufacturer m = new Manufacturer(name, CountryCode.of(country), number, contact,
                "tenders@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example", categories, capacity,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        manufacturers.add(m);
        return m;
    }

    private void contribute(Fund fund, String code, String pledged, String received) {
        Contribution c = contributions.pledge(Actor.SYSTEM, null, fund.getId(), CountryCode.of(code),
                Money.of(pledged));
        contributions.receive(Actor.SYSTEM, null, c.getId(), Money.of(received));
    }

    private void admit(String code, LocalDate joinedOn, MemberRole role) {
        LocalDate mou = joinedOn.isAfter(MOU) ? null : MOU;
        membership.admit(Actor.SYSTEM, new Admission(CountryCode.of(code), null, joinedOn, role, mou));
    }

    private void account(String username, String name, Role role, String country) {
        UserAccount account = UserAccount.staff(username, name, role, country == null ? null : CountryCode.of(country),
                clock.instant());
        account.setPasswordHash(demoPasswordHash);
        accounts.add(account);
    }
}
