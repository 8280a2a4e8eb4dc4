package org.dronecoalition.domain.tender;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;

/**
 * A call for proposals. Aggregate root: it guards its terms while a draft, the rules of
 * publication, and its deadlines, which it checks against the server clock on every action.
 */
@Entity
@Table(name = "tender")
public class Tender {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss z");

    @Id
    @SequenceGenerator(name = "tender_seq", sequenceName = "tender_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tender_seq")
    private Long id;

    @Column(name = "reference", nullable = false, length = 40, updatable = false)
    private String reference;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private DroneCategory category;

    @Column(name = "description", nullable = false, length = 20000)
    private String description;

    @Column(name = "requirements", nullable = false, length = 20000)
    private String requirements;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "budget_ceiling", nullable = false, precision = 15, scale = 2)
    private BigDecimal budgetCeiling;

    @Column(name = "fund_id", nullable = false)
    private long fundId;

    @Convert(converter = CountriesConverter.class)
    @Column(name = "eligible_countries", nullable = false, length = 1000)
    private Set<String> eligibleCountries;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_criterion", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "clarification_deadline", nullable = false)
    private OffsetDateTime clarificationDeadline;

    @Column(name = "submission_deadline", nullable = false)
    private OffsetDateTime submissionDeadline;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private TenderStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tender() {
    }

    public Tender(String reference, TenderTerms terms, Instant now) {
        if (reference == null || !REFERENCE.matcher(reference.strip()).matches()) {
            throw new InvalidInputException("reference",
                    "reference must be 3 to 40 capital letters, digits and dashes, like DC-2024-FPV-01");
        }
        this.reference = reference.strip();
        this.status = TenderStatus.DRAFT;
        this.createdAt = utc(now);
        apply(terms);
    }

    /** Rewrites the terms; only a draft can change, a published tender binds everyone who read it. */
    public void edit(TenderTerms terms) {
        requireStatus(TenderStatus.DRAFT, "edited");
        apply(terms);
    }

    private void apply(TenderTerms t) {
        if (t.criteria() == null || t.criteria().isEmpty()) {
            throw new InvalidInputException("criteria", "name at least one evaluation criterion");
        }
        if (t.criteria().stream().map(Criterion::getName).distinct().count() < t.criteria().size()) {
            throw new InvalidInputException("criteria", "criterion names must differ");
        }
        if (t.criteria().stream().filter(Criterion::isPrice).count() > 1) {
            throw new InvalidInputException("criteria", "only one criterion can be the price");
        }
        this.title = t.title().strip();
        this.category = t.category();
        this.description = t.description().strip();
        this.requirements = t.requirements().strip();
        this.quantity = t.quantity();
        this.budgetCeiling = t.budgetCeiling().amount();
        this.fundId = t.fundId();
        this.eligibleCountries = t.eligibleCountries().stream().map(CountryCode::value)
                .collect(Collectors.toCollection(TreeSet::new));
        this.criteria = new ArrayList<>(t.criteria());
        this.clarificationDeadline = utc(t.clarificationDeadline().toInstant());
        this.submissionDeadline = utc(t.submissionDeadline().toInstant());
        this.timeZone = t.timeZone().getId();
    }

    /** Opens the call to manufacturers after checking the rules a bidder relies on. */
    public void publish(Instant now) {
        requireStatus(TenderStatus.DRAFT, "published");
        int weights = criteria.stream().mapToInt(Criterion::getWeight).sum();
        if (weights != 100) {
            throw new InvalidInputException("criteria", "the criteria weights add up to " + weights + ", not 100");
        }
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "quantity must be at least 1");
        }
        if (budgetCeiling.signum() <= 0) {
            throw new InvalidInputException("budgetCeiling", "budgetCeiling must be more than zero");
        }
        if (eligibleCountries.isEmpty()) {
            throw new InvalidInputException("eligibleCountries", "name the countries whose manufacturers may bid");
        }
        if (!clarificationDeadline.toInstant().isAfter(now)) {
            throw new InvalidInputException("clarificationDeadline", "the clarification deadline "
                    + shown(clarificationDeadline) + " has passed");
        }
        if (!submissionDeadline.isAfter(clarificationDeadline)) {
            throw new InvalidInputException("submissionDeadline",
                    "the submission deadline must come after the clarification deadline");
        }
        status = TenderStatus.PUBLISHED;
        publishedAt = utc(now);
    }

    public void cancel(String reason) {
        if (!status.isOpen()) {
            throw new ConflictException("status", "Tender " + reference + " is " + status + " and cannot be cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "give the reason, bidders will read it");
        }
        statusReason = reason.strip();
        status = TenderStatus.CANCELLED;
    }

    /** Closes the call once the deadline has passed and opens the sealed proposals. */
    public boolean closeIfDue(Instant now) {
        if (!isDue(now)) {
            return false;
        }
        status = TenderStatus.CLOSED;
        openedAt = utc(now);
        return true;
    }

    /** Published and past its deadline: closing it is all that is left to record. */
    public boolean isDue(Instant now) {
        return status == TenderStatus.PUBLISHED && !now.isBefore(submissionDeadline.toInstant());
    }

    /**
     * The CSO starts checking and scoring the opened proposals, once the closing is recorded (the
     * timer opens the proposals within seconds of the deadline).
     */
    public void startEvaluation() {
        if (status == TenderStatus.CLOSED) {
            status = TenderStatus.EVALUATION;
        }
        requireStatus(TenderStatus.EVALUATION, "evaluated");
    }

    public void requireEvaluation() {
        requireStatus(TenderStatus.EVALUATION, "awarded or scored");
    }

    /**
     * Ends the tender without an award: nobody bid, no bid was compliant, or the coalition could not
     * agree on one. The reason is public.
     */
    public void fail(String reason) {
        if (status != TenderStatus.CLOSED && status != TenderStatus.EVALUATION) {
            throw new ConflictException("status", "Tender " + reference + " is " + status + "; only a closed tender "
                    + "or one in evaluation ends unsuccessfully");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "give the reason, bidders and the public will read it");
        }
        statusReason = reason.strip();
        status = TenderStatus.UNSUCCESSFUL;
    }

    /** A passed award decision awards the tender. */
    public void award() {
        requireStatus(TenderStatus.EVALUATION, "awarded");
        status = TenderStatus.AWARDED;
    }

    /**
     * Refuses unless proposals may still be created, changed, submitted or withdrawn at this instant.
     * A late bidder is told of the deadline, whether or not the closing has been recorded yet.
     */
    public void requireAcceptingProposals(Instant now) {
        if (!now.isBefore(submissionDeadline.toInstant())) {
            throw new ConflictException("submissionDeadline", "The submission deadline of " + reference + " was "
                    + shown(submissionDeadline) + "; proposals can no longer be submitted, changed or withdrawn");
        }
        requirePublished();
    }

    public void requireAcceptingQuestions(Instant now) {
        if (!now.isBefore(clarificationDeadline.toInstant())) {
            throw new ConflictException("clarificationDeadline", "The clarification deadline of " + reference
                    + " was " + shown(clarificationDeadline) + "; questions can no longer be asked");
        }
        requirePublished();
    }

    private void requirePublished() {
        if (status != TenderStatus.PUBLISHED) {
            throw new ConflictException("status", "Tender " + reference + " is " + status + ", not open for bidding");
        }
    }

    /**
     * Whether the proposals are open to the coalition: the deadline has passed on a tender that was
     * published. Decided by the clock, not by the timer that records the closing.
     */
    public boolean isOpened(Instant now) {
        return openedAt != null || status == TenderStatus.PUBLISHED && !now.isBefore(submissionDeadline.toInstant());
    }

    /** The state a reader should see: a published tender past its deadline is closed, timer or not. */
    public TenderStatus statusAt(Instant now) {
        return status == TenderStatus.PUBLISHED && isOpened(now) ? TenderStatus.CLOSED : status;
    }

    public boolean isPublic() {
        return status != TenderStatus.DRAFT;
    }

    public boolean isEligible(CountryCode country) {
        return eligibleCountries.contains(country.value());
    }

    /** Whole days left until the submission deadline, rounded down; null once it has passed. */
    public Long daysToDeadline(Instant now) {
        Duration left = Duration.between(now, submissionDeadline.toInstant());
        return left.isNegative() || left.isZero() ? null : left.toDays();
    }

    private void requireStatus(TenderStatus expected, String verb) {
        if (status != expected) {
            throw new ConflictException("status", "Tender " + reference + " is " + status + " and cannot be " + verb);
        }
    }

    private String shown(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZoneId.of(timeZone)).format(SHOWN);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public DroneCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getRequirements() {
        return requirements;
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getBudgetCeiling() {
        return new Money(budgetCeiling);
    }

    public long getFundId() {
        return fundId;
    }

    public Set<String> getEligibleCountries() {
        return new TreeSet<>(eligibleCountries);
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    /** The deadlines as the tender states them, in its own time zone. */
    public ZonedDateTime getClarificationDeadline() {
        return clarificationDeadline.atZoneSameInstant(getTimeZone());
    }

    public ZonedDateTime getSubmissionDeadline() {
        return submissionDeadline.atZoneSameInstant(getTimeZone());
    }

    public TenderStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public long getVersion() {
        return version;
    }
}
