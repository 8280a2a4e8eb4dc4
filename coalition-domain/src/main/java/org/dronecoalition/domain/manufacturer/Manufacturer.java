package org.dronecoalition.domain.manufacturer;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A drone manufacturer that registered with the coalition. Aggregate root: it guards its
 * verification life cycle; only a verified manufacturer may submit proposals.
 */
@Entity
@Table(name = "manufacturer")
public class Manufacturer {

    @Id
    @SequenceGenerator(name = "manufacturer_seq", sequenceName = "manufacturer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "manufacturer_seq")
    private Long id;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "country_code", nullable = false, length = 2, updatable = false)
    private String countryCode;

    @Column(name = "registration_number", nullable = false, length = 60)
    private String registrationNumber;

    @Column(name = "contact_name", nullable = false, length = 120)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 200)
    private String contactEmail;

    @Convert(converter = CategoriesConverter.class)
    @Column(name = "categories", nullable = false, length = 200)
    private Set<DroneCategory> categories;

    @Column(name = "monthly_capacity", nullable = false)
    private int monthlyCapacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ManufacturerStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private OffsetDateTime registeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Manufacturer() {
    }

    public Manufacturer(String legalName, CountryCode country, String registrationNumber, String contactName,
            String contactEmail, Set<DroneCategory> categories, int monthlyCapacity, OffsetDateTime now) {
        requireProfile(categories, monthlyCapacity);
        this.legalName = legalName.strip();
        this.countryCode = country.value();
        this.registrationNumber = normalised(registrationNumber);
        this.contactName = contactName.strip();
        this.contactEmail = contactEmail.strip();
        this.categories = EnumSet.copyOf(categories);
        this.monthlyCapacity = monthlyCapacity;
        this.status = ManufacturerStatus.PENDING_VERIFICATION;
        this.registeredAt = now;
    }

    /** Registration numbers compare without spaces and case, as registries print them differently. */
    public static String normalised(String registrationNumber) {
        return registrationNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public void verify() {
        require(ManufacturerStatus.PENDING_VERIFICATION, "verified");
        status = ManufacturerStatus.VERIFIED;
        statusReason = null;
    }

    /** Refuses the registration; the applicant sees the reason. */
    public void reject(String reason) {
        require(ManufacturerStatus.PENDING_VERIFICATION, "rejected");
        statusReason = requireReason(reason);
        status = ManufacturerStatus.REJECTED;
    }

    public void suspend(String reason) {
        require(ManufacturerStatus.VERIFIED, "suspended");
        statusReason = requireReason(reason);
        status = ManufacturerStatus.SUSPENDED;
    }

    public void reinstate() {
        require(ManufacturerStatus.SUSPENDED, "reinstated");
        status = ManufacturerStatus.VERIFIED;
        statusReason = null;
    }

    /**
     * The company describes itself anew. Contacts, categories and capacity change at once; a new legal
     * name or registration number is a different legal identity, so a verified or rejected company goes
     * back to the CSO for verification, and a suspended one may not change it until reinstated.
     */
    public boolean describe(String newLegalName, String newRegistrationNumber, String newContactName,
            String newContactEmail, Set<DroneCategory> newCategories, int newMonthlyCapacity) {
        requireProfile(newCategories, newMonthlyCapacity);
        boolean identityChanged = !legalName.equals(newLegalName.strip())
                || !registrationNumber.equals(normalised(newRegistrationNumber));
        if (identityChanged && status == ManufacturerStatus.SUSPENDED) {
            throw new ConflictException("legalName", legalName + " is SUSPENDED: its legal name and registration "
                    + "number cannot change until the CSO reinstates it");
        }
        legalName = newLegalName.strip();
        registrationNumber = normalised(newRegistrationNumber);
        contactName = newContactName.strip();
        contactEmail = newContactEmail.strip();
        categories = EnumSet.copyOf(newCategories);
        monthlyCapacity = newMonthlyCapacity;
        if (identityChanged) {
            status = ManufacturerStatus.PENDING_VERIFICATION;
            statusReason = null;
        }
        return identityChanged;
    }

    public boolean mayPropose() {
        return status == ManufacturerStatus.VERIFIED;
    }

    /** A suspended (or not yet verified) company does not bid, produce or ship until the CSO reinstates it. */
    public void requireInGoodStanding(String action) {
        if (status != ManufacturerStatus.VERIFIED) {
            throw new ConflictException("status", legalName + " is " + status + " and cannot " + action
                    + " until the CSO reinstates it");
        }
    }

    private void require(ManufacturerStatus expected, String verb) {
        if (status != expected) {
            throw new ConflictException("status", legalName + " is " + status + " and cannot be " + verb
                    + " (only a manufacturer that is " + expected + ")");
        }
    }

    private static void requireProfile(Set<DroneCategory> categories, int monthlyCapacity) {
        if (categories == null || categories.isEmpty()) {
            throw new InvalidInputException("categories", "name at least one drone category you produce");
        }
        if (monthlyCapacity < 1) {
            throw new InvalidInputException("monthlyCapacity", "monthlyCapacity must be at least 1");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "give the reason, the manufacturer will read it");
        }
        return reason.strip();
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public CountryCode getCountry() {
        return new CountryCode(countryCode);
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Set<DroneCategory> getCategories() {
        return EnumSet.copyOf(categories);
    }

    public int getMonthlyCapacity() {
        return monthlyCapacity;
    }

    public ManufacturerStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}
