package org.dronecoalition.domain.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.Money;

/**
 * A member country's pledge to a fund and what of it has arrived. Aggregate root: it keeps the
 * received amount within the pledge. Each receipt also becomes an entry of the fund's ledger.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    @SequenceGenerator(name = "contribution_seq", sequenceName = "contribution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_seq")
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private Long fundId;

    @Column(name = "member_code", nullable = false, length = 2, updatable = false)
    private String memberCode;

    @Column(name = "pledged", nullable = false, precision = 15, scale = 2)
    private BigDecimal pledged;

    @Column(name = "received", nullable = false, precision = 15, scale = 2)
    private BigDecimal received;

    @Column(name = "pledged_on", nullable = false, updatable = false)
    private LocalDate pledgedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Contribution() {
    }

    /** A withdrawn member pledges nothing. */
    public Contribution(long fundId, MemberCountry member, Money pledged, LocalDate today) {
        if (!member.isActive()) {
            throw new ConflictException("memberCode", member.getName() + " has withdrawn from the coalition and "
                    + "cannot pledge");
        }
        this.fundId = fundId;
        this.memberCode = member.getCode().value();
        this.pledged = pledged.amount();
        this.received = Money.ZERO.amount();
        this.pledgedOn = today;
    }

    /** Records money that arrived; never more than what is still outstanding of the pledge. */
    public void receive(Money amount) {
        if (amount.exceeds(getOutstanding())) {
            throw new ConflictException("amount", "A receipt of " + amount + " exceeds what is outstanding of the "
                    + "pledge (" + getOutstanding() + "); raise the pledge first");
        }
        received = getReceived().plus(amount).amount();
    }

    /** Takes back part of what was recorded as received, when a receipt was recorded wrongly. */
    public void correctReceived(Money amount) {
        if (amount.exceeds(getReceived())) {
            throw new ConflictException("amount", "A correction of " + amount + " exceeds the " + getReceived()
                    + " received");
        }
        received = getReceived().minus(amount).amount();
    }

    /** Changes the pledge; it can be lowered, but not below what has already arrived. */
    public void repledge(Money amount) {
        if (getReceived().exceeds(amount)) {
            throw new ConflictException("pledged", "The pledge cannot be less than the " + getReceived()
                    + " already received");
        }
        pledged = amount.amount();
    }

    public ContributionStatus getStatus() {
        if (received.signum() == 0) {
            return ContributionStatus.PLEDGED;
        }
        return getOutstanding().amount().signum() == 0 ? ContributionStatus.RECEIVED
                : ContributionStatus.PARTIALLY_RECEIVED;
    }

    public Money getOutstanding() {
        return getPledged().minus(getReceived());
    }

    public Long getId() {
        return id;
    }

    public Long getFundId() {
        return fundId;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public Money getPledged() {
        return new Money(pledged);
    }

    public Money getReceived() {
        return new Money(received);
    }

    public LocalDate getPledgedOn() {
        return pledgedOn;
    }

    public long getVersion() {
        return version;
    }
}
