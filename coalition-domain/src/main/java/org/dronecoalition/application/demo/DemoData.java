package org.dronecoalition.application.demo;

import static org.dronecoalition.application.demo.DemoActors.CSO;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.application.MembershipService.Admission;
import org.dronecoalition.application.MembershipService.Amendment;
import org.dronecoalition.application.demo.DemoCompanies.Maker;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberCountryRepository;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.infrastructure.ChangeMark;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The coalition's record (DOMAIN.md), replayed through the application services when
 * {@code coalition.demo=true} and the database holds no member yet, so a restart never loads it
 * twice: each step is checked by the same rules as a user's and audited at the moment it
 * happened. Each step commits on its own, as it would have. Dates marked illustrative in
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
    DemoFunds funds;

    @Inject
    DemoCompanies companies;

    @Inject
    DemoTenders tenders;

    @Inject
    DemoHistory history;

    @Inject
    DemoAccounts accounts;

    @Inject
    Replay replay;

    @Inject
    ChangeMark changes;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!enabled || members.count(MembershipStatus.MEMBER) + members.count(MembershipStatus.WITHDRAWN) > 0) {
            return;
        }
        long started = System.nanoTime();
        try {
            replayRecord();
        } finally {
            replay.present();
        }
        accounts.create();
        // Another node of a cluster may have answered reads of the empty database meanwhile.
        changes.move();
        LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: 20 member "
                + "countries, 2 funds, 21 manufacturers, 7 tenders with 46 proposals, the first competition's "
                + "orders and deliveries; demo accounts for the CSO, the representatives, a tester and a maker");
    }

    private void replayRecord() {
        admitFoundingMembers();
        DemoFunds.JointFund joint = funds.openJointFund();
        List<Maker> first = companies.firstBidders();
        List<Order> pilots = history.award(tenders.firstCompetition(joint.id(), first));
        signMemorandum();
        long mou = funds.openMouFund();
        history.deliverPilots(pilots, first);
        List<Maker> western = new ArrayList<>(first);
        western.addAll(companies.laterBidders());
        List<Maker> ukrainian = companies.ukrainian();
        funds.completeJointFund(joint);
        tenders.advancedFpv(mou, ukrainian, western);
        List<Order> scaleUps = history.testAndScaleUp(pilots);
        tenders.interceptors(joint.id(), ukrainian, western.subList(0, western.size() - 1));
        history.deliverScaleUps(scaleUps, first);
        companies.waiting();
        history.donations();
        tenders.reconnaissance(joint.id());
        admit("NO", LocalDate.of(2025, 4, 10), null);
        admit("BE", LocalDate.of(2025, 6, 12), null);
        admit("TR", LocalDate.of(2025, 6, 26), "Türkiye");
        tenders.current(joint.id(), ukrainian.get(0));
    }

    /** The 17 members of November 2024; Latvia initiated the coalition and co-leads it with the United Kingdom. */
    private void admitFoundingMembers() {
        admit("LV", LocalDate.of(2024, 1, 17), EnumSet.of(MemberRole.INITIATOR, MemberRole.CO_LEAD), null);
        admit("GB", LAUNCH, EnumSet.of(MemberRole.CO_LEAD), null);
        for (String code : new String[] {"UA", "SE", "DK", "DE", "LT", "EE", "NL"}) {
            admit(code, LAUNCH, null);
        }
        admit("CA", LocalDate.of(2024, 3, 8), null);
        admit("AU", LocalDate.of(2024, 3, 21), null);
        admit("CZ", LocalDate.of(2024, 4, 18), null);
        admit("FR", LocalDate.of(2024, 5, 22), null);
        admit("IT", LocalDate.of(2024, 6, 12), null);
        admit("NZ", LocalDate.of(2024, 6, 27), null);
        admit("PL", LocalDate.of(2024, 7, 4), null);
        admit("LU", LocalDate.of(2024, 10, 3), null);
    }

    private void admit(String code, LocalDate joinedOn, String name) {
        admit(code, joinedOn, EnumSet.of(MemberRole.MEMBER), name);
    }

    private void admit(String code, LocalDate joinedOn, Set<MemberRole> roles, String name) {
        replay.at(joinedOn);
        membership.admit(CSO, new Admission(CountryCode.of(code), name, joinedOn, roles, null));
    }

    /** The members of 10 July 2024 sign the Memorandum of Understanding that day. */
    private void signMemorandum() {
        replay.at(MOU);
        for (MemberCountry m : members.list(MembershipStatus.MEMBER, MemberCountryRepository.Sort.CODE,
                new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().filter(m -> !m.getJoinedOn().isAfter(MOU))
                .toList()) {
            membership.amend(CSO, m.getCode(), m.getVersion(), new Amendment(m.getJoinedOn(), m.getRoles(),
                    MembershipStatus.MEMBER, MOU));
        }
    }
}
