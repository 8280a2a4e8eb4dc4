package org.dronecoalition.application.demo;

import static org.dronecoalition.application.demo.DemoActors.CSO;
import static org.dronecoalition.domain.shared.DroneCategory.ADVANCED_FPV;
import static org.dronecoalition.domain.shared.DroneCategory.INTERCEPTOR;
import static org.dronecoalition.domain.shared.DroneCategory.RECONNAISSANCE;
import static org.dronecoalition.domain.shared.DroneCategory.STRIKE_FPV;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dronecoalition.application.ManufacturerService;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;

/**
 * Illustrative companies, registered by their first users and verified by the CSO: Western makers
 * from spring 2024, Ukrainian makers from September 2024, when Ukrainian firms could first take
 * part in the coalition's international tenders. Their names are invented.
 */
@ApplicationScoped
class DemoCompanies {

    /** The demo account of the first Ukrainian company; the others sign in with passwords nobody knows. */
    static final String DEMO_MAKER = "maker";

    /** A company as its users act: {@code actor} is its first user. */
    record Maker(long id, String name, CountryCode country, Actor actor) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ManufacturerService manufacturers;

    @Inject
    Replay replay;

    /** The eight that answered the first FPV competition of June 2024. */
    List<Maker> firstBidders() {
        replay.at(LocalDate.of(2024, 5, 14));
        List<Maker> makers = new ArrayList<>();
        makers.add(verified("Baltic Aerial Systems", "LV", "40203123456", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 1500));
        makers.add(verified("Albion Rotorcraft Ltd", "GB", "15839201", EnumSet.of(ADVANCED_FPV, STRIKE_FPV), 2000));
        makers.add(verified("Vistula Drone Works", "PL", "0000871234", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 1800));
        makers.add(verified("Tallinn UAV OÜ", "EE", "16502233", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 1200));
        makers.add(verified("Hanse Flugsysteme GmbH", "DE", "HRB 220145", EnumSet.of(ADVANCED_FPV, INTERCEPTOR),
                1600));
        makers.add(verified("Nemunas Robotics UAB", "LT", "306112233", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 900));
        makers.add(verified("Moravia Aero s.r.o.", "CZ", "08712345", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 1000));
        makers.add(verified("Rhône Drones SAS", "FR", "912345678", EnumSet.of(ADVANCED_FPV, STRIKE_FPV), 1100));
        return makers;
    }

    /** Six more Western companies, registered over the summer of 2024. */
    List<Maker> laterBidders() {
        replay.at(LocalDate.of(2024, 8, 27));
        List<Maker> makers = new ArrayList<>();
        makers.add(verified("Jutland Drone ApS", "DK", "43556677", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 700));
        makers.add(verified("Delta UAS B.V.", "NL", "81234567", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 900));
        makers.add(verified("Göta Aero AB", "SE", "5591234567", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 600));
        makers.add(verified("Appennini Droni S.r.l.", "IT", "12345670967", EnumSet.of(ADVANCED_FPV, INTERCEPTOR),
                800));
        makers.add(verified("Maple Rotor Inc.", "CA", "1234567-8", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 1000));
        makers.add(verified("Southern Cross UAV Pty Ltd", "AU", "612345678", EnumSet.of(ADVANCED_FPV, INTERCEPTOR),
                500));
        return makers;
    }

    /** Ukrainian companies, the first with the demo account; they register in September 2024. */
    List<Maker> ukrainian() {
        replay.at(LocalDate.of(2024, 9, 9));
        List<Maker> makers = new ArrayList<>();
        makers.add(verified("Vyriy Drone Works", "UA", "41234567", DEMO_MAKER,
                EnumSet.of(ADVANCED_FPV, STRIKE_FPV, INTERCEPTOR), 5000));
        makers.add(verified("Dnipro Aerotech", "UA", "42345678", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 3000));
        makers.add(verified("Karpaty Dynamics", "UA", "43456789", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 2500));
        makers.add(verified("Sokil Systems", "UA", "44567890", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 2000));
        makers.add(verified("Polissia UAV", "UA", "45678901", EnumSet.of(ADVANCED_FPV, INTERCEPTOR), 1500));
        makers.add(verified("Azov Wings", "UA", "46789012", EnumSet.of(INTERCEPTOR), 1200));
        return makers;
    }

    /** A Swedish registration the CSO has not verified yet, for the verification queue. */
    void waiting() {
        replay.at(LocalDate.of(2024, 11, 18));
        register("Nordic Interceptor AB", "SE", "5590001234", username("Nordic Interceptor AB"),
                EnumSet.of(INTERCEPTOR, RECONNAISSANCE), 300);
    }

    private Maker verified(String name, String country, String number, Set<DroneCategory> categories,
            int capacity) {
        return verified(name, country, number, username(name), categories, capacity);
    }

    private Maker verified(String name, String country, String number, String username,
            Set<DroneCategory> categories, int capacity) {
        Manufacturer m = register(name, country, number, username, categories, capacity);
        manufacturers.verify(CSO, m.getId(), m.getVersion());
        return new Maker(m.getId(), name, m.getCountry(), new Actor(username, Role.MANUFACTURER, null, m.getId()));
    }

    private Manufacturer register(String name, String country, String number, String username,
            Set<DroneCategory> categories, int capacity) {
        return manufacturers.register(new ManufacturerService.Registration(name, CountryCode.of(country), number,
                "Tenders desk", "tenders@" + username + ".example", categories, capacity, username, password()));
    }

    private static String username(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
