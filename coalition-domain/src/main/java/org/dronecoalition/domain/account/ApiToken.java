package org.dronecoalition.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A client system's credential for one account: it acts with that account's role and scope, so
 * disabling the account or changing its role takes effect on the token at once. It ends at its
 * expiry or when revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final String PREFIX = "dcp-api-";
    public static final Duration LONGEST = Duration.ofDays(366);
    private static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private UserAccount account;

    @Column(name = "name", nullable = false, length = 80, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    protected ApiToken() {
    }

    public ApiToken(UserAccount account, String name, Secret secret, Instant expiresAt, Actor issuer, Instant now) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("name", "a token's name has 1 to 80 characters");
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST))) {
            throw new InvalidInputException("expiresAt", "a token expires in the future, within "
                    + LONGEST.toDays() + " days");
        }
        this.account = account;
        this.name = name.strip();
        this.tokenHash = secret.hash();
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
        this.createdBy = issuer.username();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Whether a request may sign in with it now. */
    public boolean admits(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt.toInstant()) && account.isEnabled();
    }

    /** When a use is worth writing down again, so that a busy client does not write on every call. */
    public static Instant useRecordedBefore(Instant now) {
        return now.minus(USE_RECORD_INTERVAL);
    }

    /** Whether the last recorded use is older than the instant (or there is none); reading only. */
    public boolean lastUsedBefore(Instant instant) {
        return lastUsedAt == null || lastUsedAt.toInstant().isBefore(instant);
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new ConflictException("The token " + name + " is already revoked");
        }
        revokedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
