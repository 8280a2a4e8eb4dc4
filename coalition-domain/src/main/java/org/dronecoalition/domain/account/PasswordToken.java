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
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * A one-time permission to choose an account's password: given with a new account or a reset,
 * valid until it expires or is used, and replaced by the next one issued for the same account.
 */
@Entity
@Table(name = "password_token")
public class PasswordToken {

    public static final Duration VALIDITY = Duration.ofHours(72);
    public static final String PREFIX = "dcp-set-";

    @Id
    @SequenceGenerator(name = "password_token_seq", sequenceName = "password_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordToken() {
    }

    public PasswordToken(UserAccount account, Secret secret, Instant now) {
        this.account = account;
        this.tokenHash = secret.hash();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(VALIDITY).atOffset(ZoneOffset.UTC);
    }

    /** Spends the token; refused when spent, replaced or expired, without saying which. */
    public UserAccount use(Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt.toInstant())) {
            throw new InvalidInputException("token", "This set-password link is no longer valid; ask the CSO "
                    + "(or your company's administrator) for a new one");
        }
        usedAt = now.atOffset(ZoneOffset.UTC);
        return account;
    }

    /** A newer token for the same account makes this one void. */
    public void supersede(Instant now) {
        if (usedAt == null) {
            usedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
