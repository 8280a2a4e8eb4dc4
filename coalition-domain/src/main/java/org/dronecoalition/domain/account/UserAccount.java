package org.dronecoalition.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A person who signs in: the aggregate root of identity. Staff accounts (CSO, representative of
 * one country, test officer) are managed by the CSO; a manufacturer's accounts belong to one
 * company for ever and are managed by its company administrator. Accounts are disabled, never
 * deleted, so that the history they signed keeps its author. Only a hash of the password is held.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,59}");
    /** API and Basic sign-ins are recorded (and audited) at most this often per account. */
    private static final Duration SIGN_IN_RECORD_INTERVAL = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(name = "username", nullable = false, length = 60, updatable = false)
    private String username;

    @Column(name = "username_key", nullable = false, length = 60, updatable = false)
    private String usernameKey;

    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "user_role", nullable = false, length = 20)
    private Role role;

    @Column(name = "member_code", length = 2)
    private String memberCode;

    @Column(name = "manufacturer_id", updatable = false)
    private Long manufacturerId;

    @Column(name = "company_admin", nullable = false)
    private boolean companyAdmin;

    @Column(name = "oidc_subject", length = 255, updatable = false)
    private String oidcSubject;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_sign_in_at")
    private OffsetDateTime lastSignInAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String username, String displayName, Role role, Instant now) {
        this.username = requireUsername(username);
        this.usernameKey = key(username);
        this.displayName = requireText("displayName", displayName, 120);
        this.role = role;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A CSO, representative or test officer account, without a password until its user sets one. */
    public static UserAccount staff(String username, String displayName, Role role, CountryCode country,
            Instant now) {
        UserAccount account = new UserAccount(username, displayName, requireStaff(role), now);
        account.scope(role, country);
        return account;
    }

    /**
     * A staff account met for the first time at the organisation's identity provider. It starts
     * disabled: the provider's word on role and country waits for the CSO, who enables it.
     */
    public static UserAccount fromIdentityProvider(String subject, String username, String displayName, Role role,
            CountryCode country, Instant now) {
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new InvalidInputException("subject", "the identity provider sent no usable subject");
        }
        UserAccount account = staff(username, displayName, role, country, now);
        account.oidcSubject = subject;
        account.enabled = false;
        return account;
    }

    /** A user of a manufacturer; the company's first user administers its colleagues. */
    public static UserAccount companyUser(String username, String displayName, long manufacturerId,
            boolean administrator, Instant now) {
        UserAccount account = new UserAccount(username, displayName, Role.MANUFACTURER, now);
        account.manufacturerId = manufacturerId;
        account.companyAdmin = administrator;
        return account;
    }

    /** The lookup key: user names are unique whatever their case. */
    public static String key(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Changes the role and, for a representative, the country; company accounts keep theirs. */
    public void changeScope(Role newRole, CountryCode country) {
        if (role == Role.MANUFACTURER || newRole == Role.MANUFACTURER) {
            throw new ConflictException("role", "A manufacturer's account belongs to its company; "
                    + "its role cannot change and a staff account cannot become one");
        }
        scope(requireStaff(newRole), country);
    }

    private void scope(Role newRole, CountryCode country) {
        if (newRole == Role.MEMBER_REP && country == null) {
            throw new InvalidInputException("country", "a member representative acts for a country");
        }
        if (newRole != Role.MEMBER_REP && country != null) {
            throw new InvalidInputException("country", "only a member representative acts for a country");
        }
        this.role = newRole;
        this.memberCode = country == null ? null : country.value();
    }

    /** Refuses a change made to an older reading of the account. */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw ConflictException.staleVersion("Account", username, expected, version);
        }
    }

    public void rename(String newDisplayName) {
        this.displayName = requireText("displayName", newDisplayName, 120);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    /** Whether someone may sign in as this account at all: enabled, with a password or a provider's identity. */
    public boolean canSignIn() {
        return enabled && (passwordHash != null || oidcSubject != null);
    }

    /** When a sign-in is worth recording again: API clients sign in with every request. */
    public static Instant signInRecordedBefore(Instant now) {
        return now.minus(SIGN_IN_RECORD_INTERVAL);
    }

    /** Whether the last recorded sign-in is older than the instant (or there is none); reading only. */
    public boolean lastSignedInBefore(Instant instant) {
        return lastSignInAt == null || lastSignInAt.toInstant().isBefore(instant);
    }

    public Actor asActor() {
        return new Actor(username, role, memberCode == null ? null : new CountryCode(memberCode), manufacturerId);
    }

    /** Whether this account belongs to the same company as the actor. */
    public boolean colleagueOf(Actor actor) {
        return manufacturerId != null && actor.worksFor(manufacturerId);
    }

    private static Role requireStaff(Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "role is required");
        }
        if (role == Role.MANUFACTURER) {
            throw new InvalidInputException("role", "manufacturer accounts are created by the company's "
                    + "registration or its administrator");
        }
        return role;
    }

    private static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "a user name has 3 to 60 letters, digits or . _ @ -, "
                    + "starting with a letter or digit");
        }
        return username;
    }

    private static String requireText(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidInputException(field, field + " must have 1 to " + max + " characters");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public CountryCode getCountry() {
        return memberCode == null ? null : new CountryCode(memberCode);
    }

    public Long getManufacturerId() {
        return manufacturerId;
    }

    public boolean isCompanyAdmin() {
        return companyAdmin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getOidcSubject() {
        return oidcSubject;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    public long getVersion() {
        return version;
    }
}
