package org.dronecoalition.domain.member;

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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A partner country of the coalition. Aggregate root: it guards its own dates and status;
 * pledges and votes refer to it by its ISO code.
 */
@Entity
@Table(name = "member_country")
public class MemberCountry {

    /** The coalition means to bring in twenty partner countries. */
    public static final int PLANNED_MEMBERS = 20;

    /** The coalition was formed on this day; nobody joined it earlier. */
    public static final LocalDate COALITION_FORMED = LocalDate.of(2024, 1, 17);

    @Id
    @SequenceGenerator(name = "member_country_seq", sequenceName = "member_country_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_country_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 2, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Convert(converter = MemberRolesConverter.class)
    @Column(name = "member_roles", nullable = false, length = 60)
    private Set<MemberRole> roles;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "mou_signed_on")
    private LocalDate mouSignedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberCountry() {
    }

    public MemberCountry(CountryCode code, String name, LocalDate joinedOn, Set<MemberRole> roles,
            LocalDate mouSignedOn, LocalDate today) {
        this.code = code.value();
        this.name = requireName(name, code);
        this.status = MembershipStatus.MEMBER;
        amend(joinedOn, roles, MembershipStatus.MEMBER, mouSignedOn, today);
    }

    /**
     * Corrects or updates the membership record; dates may not lie in the future.
     *
     * @return whether anything changed, so that a repeated request records nothing new
     */
    public boolean amend(LocalDate joinedOn, Set<MemberRole> roles, MembershipStatus status, LocalDate mouSignedOn,
            LocalDate today) {
        requireDate("joinedOn", joinedOn, today);
        if (joinedOn.isBefore(COALITION_FORMED)) {
            throw new InvalidInputException("joinedOn",
                    "joinedOn cannot be before the coalition was formed on " + COALITION_FORMED);
        }
        if (mouSignedOn != null) {
            requireDate("mouSignedOn", mouSignedOn, today);
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "name at least one role: MEMBER, or INITIATOR and/or CO_LEAD");
        }
        if (roles.contains(MemberRole.MEMBER) && roles.size() > 1) {
            throw new InvalidInputException("roles", "MEMBER means no other role; leave it out beside "
                    + "INITIATOR or CO_LEAD");
        }
        if (status == null) {
            throw new InvalidInputException("status", "status is required");
        }
        boolean changed = !joinedOn.equals(this.joinedOn) || !roles.equals(this.roles) || status != this.status
                || !Objects.equals(mouSignedOn, this.mouSignedOn);
        this.joinedOn = joinedOn;
        this.roles = EnumSet.copyOf(roles);
        this.status = status;
        this.mouSignedOn = mouSignedOn;
        return changed;
    }

    /** The country leaves the coalition; its history (pledges, votes) stays. */
    public void withdraw() {
        if (status == MembershipStatus.WITHDRAWN) {
            throw new ConflictException("status", name + " has already withdrawn from the coalition");
        }
        status = MembershipStatus.WITHDRAWN;
    }

    public boolean isActive() {
        return status == MembershipStatus.MEMBER;
    }

    private static String requireName(String name, CountryCode code) {
        String trimmed = name == null ? "" : name.strip();
        return trimmed.isEmpty() ? code.englishName() : trimmed;
    }

    private static void requireDate(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, field + " " + date + " lies in the future (today is " + today + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public CountryCode getCode() {
        return new CountryCode(code);
    }

    public String getName() {
        return name;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public Set<MemberRole> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public LocalDate getMouSignedOn() {
        return mouSignedOn;
    }

    public long getVersion() {
        return version;
    }
}
