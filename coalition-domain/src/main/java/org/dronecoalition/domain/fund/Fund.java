package org.dronecoalition.domain.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;

/**
 * A pool of member countries' money in euros. Aggregate root of its ledger: every movement of
 * money is a {@link LedgerEntry} of one fund, and its balances are computed from those entries.
 * The row is locked while an entry is appended, so that concurrent commitments serialise.
 */
@Entity
@Table(name = "fund")
public class Fund {

    @Id
    @SequenceGenerator(name = "fund_seq", sequenceName = "fund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_seq")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 120)
    private String name;

    @Column(name = "currency", nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "purpose", length = 2000)
    private String purpose;

    @Column(name = "governing_document", length = 300)
    private String governingDocument;

    @Column(name = "target_amount", precision = 15, scale = 2)
    private BigDecimal target;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Fund() {
    }

    public Fund(FundCharter charter) {
        this.currency = Money.CURRENCY;
        describe(charter);
    }

    public final void describe(FundCharter charter) {
        if (charter.name() == null || charter.name().isBlank()) {
            throw new InvalidInputException("name", "a fund needs a name");
        }
        if (charter.target() != null && charter.target().amount().signum() <= 0) {
            throw new InvalidInputException("target", "a target is a positive amount");
        }
        this.name = charter.name().strip();
        this.purpose = charter.purpose() == null ? null : charter.purpose().strip();
        this.governingDocument = charter.governingDocument() == null ? null : charter.governingDocument().strip();
        this.target = charter.target() == null ? null : charter.target().amount();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getGoverningDocument() {
        return governingDocument;
    }

    /** What the fund aims to raise; empty when it has no target. */
    public Optional<Money> getTarget() {
        return Optional.ofNullable(target).map(Money::new);
    }

    public long getVersion() {
        return version;
    }
}
