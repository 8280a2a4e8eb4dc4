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
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A person who signs in. Holds only a PBKDF2 hash of the password, never the password.
 * A member representative is bound to one country, a manufacturer's user to one company.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 60, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "user_role", nullable = false, length = 20)
    private Role role;

    @Column(name = "member_code", length = 2)
    private String memberCode;

    @Column(name = "manufacturer_id", updatable = false)
    private Long manufacturerId;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role, CountryCode country) {
        if (role == Role.MEMBER_REP && country == null) {
            throw new InvalidInputException("country", "a member representative acts for a country");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.memberCode = role == Role.MEMBER_REP ? country.value() : null;
    }

    /** The first user of a registered manufacturer. */
    public static UserAccount forManufacturer(String username, String displayName, String passwordHash,
            long manufacturerId) {
        UserAccount account = new UserAccount(username, displayName, passwordHash, Role.MANUFACTURER, null);
        account.manufacturerId = manufacturerId;
        return account;
    }

    public Actor asActor() {
        return new Actor(username, role, memberCode == null ? null : new CountryCode(memberCode), manufacturerId);
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
}
