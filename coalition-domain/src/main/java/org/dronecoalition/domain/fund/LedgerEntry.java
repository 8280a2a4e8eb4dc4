package org.dronecoalition.domain.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.dronecoalition.domain.shared.Money;

/**
 * One line of a fund's ledger. Append-only: every column is insert-only and there are no setters;
 * a mistake is corrected by a new entry that names the one it corrects.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private Long fundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 30, updatable = false)
    private EntryType type;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "member_code", length = 2, updatable = false)
    private String memberCode;

    @Column(name = "contribution_id", updatable = false)
    private Long contributionId;

    @Column(name = "reference", length = 80, updatable = false)
    private String reference;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    protected LedgerEntry() {
    }

    LedgerEntry(Long fundId, EntryType type, Money amount, String memberCode, Long contributionId,
            String reference, Long correctsId, OffsetDateTime recordedAt, String recordedBy) {
        this.fundId = fundId;
        this.type = type;
        this.amount = amount.amount();
        this.memberCode = memberCode;
        this.contributionId = contributionId;
        this.reference = reference;
        this.correctsId = correctsId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getFundId() {
        return fundId;
    }

    public EntryType getType() {
        return type;
    }

    public Money getAmount() {
        return new Money(amount);
    }

    public String getMemberCode() {
        return memberCode;
    }

    public Long getContributionId() {
        return contributionId;
    }

    public String getReference() {
        return reference;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
