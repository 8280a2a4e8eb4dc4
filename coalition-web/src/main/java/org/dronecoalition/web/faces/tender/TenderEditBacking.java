package org.dronecoalition.web.faces.tender;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dronecoalition.application.ClarificationService;
import org.dronecoalition.application.FundService;
import org.dronecoalition.application.TenderService;
import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.DroneCategory;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.tender.Clarification;
import org.dronecoalition.domain.tender.Tender;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.domain.tender.TenderTerms;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The CSO's tender page: draft and edit the terms, publish, cancel with a reason, answer questions
 * and, once the deadline has passed, read the opened proposals.
 */
@Named
@ViewScoped
public class TenderEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "tender";

    @Inject
    TenderService tenders;

    @Inject
    ClarificationService clarifications;

    @Inject
    FundService funds;

    @Inject
    CurrentActor actor;

    private String ref;
    private TenderService.Notice notice;
    private String reference;
    private String title;
    private DroneCategory category;
    private String description;
    private String requirements;
    private Integer quantity;
    private BigDecimal budgetCeiling;
    private Long fundId;
    private List<String> eligibleCountries = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();
    private LocalDateTime clarificationDeadline;
    private LocalDateTime submissionDeadline;
    private String timeZone = "Europe/Kyiv";
    private String reason;
    private final Map<Long, String> answers = new HashMap<>();

    private final PagedDataModel<Clarification> questions = new PagedDataModel<>(
            (page, sortBy, filterBy) -> clarifications.list(actor.get(), ref, page), c -> String.valueOf(c.getId()));

    /** With a reference: the tender; without: a new draft. */
    public void load() {
        if (ref == null || ref.isBlank()) {
            criteria.add(new CriterionRow());
            return;
        }
        try {
            show(tenders.get(actor.get(), ref));
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void save() {
        boolean drafting = isNew();
        act(() -> drafting ? tenders.draft(actor.get(), reference, terms())
                : tenders.edit(actor.get(), ref, notice.tender().getVersion(), terms()), "Saved");
        if (drafting && notice != null) {
            Faces.redirect("cso/tender.xhtml?ref=%s", notice.tender().getReference());
        }
    }

    public void publish() {
        act(() -> tenders.publish(actor.get(), ref, notice.tender().getVersion()), "Published");
    }

    public void cancel() {
        act(() -> tenders.cancel(actor.get(), ref, notice.tender().getVersion(), reason), "Cancelled");
    }

    public void answer(Clarification c) {
        try {
            clarifications.answer(actor.get(), ref, c.getId(), c.getVersion(), answers.get(c.getId()));
            answers.remove(c.getId());
            Messages.addGlobalInfo("The answer is published to all bidders");
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    private void act(Supplier<TenderService.Notice> step, String done) {
        try {
            show(step.get());
            Messages.addGlobalInfo("{0} {1}", done, notice.tender().getReference());
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    private TenderTerms terms() {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "a region like Europe/Kyiv");
        }
        if (clarificationDeadline == null || submissionDeadline == null) {
            throw new InvalidInputException(clarificationDeadline == null ? "clarificationDeadline"
                    : "submissionDeadline", "give the date and time");
        }
        return new TenderTerms(title, category, description, requirements, quantity == null ? 0 : quantity,
                Money.positive("budgetCeiling", budgetCeiling, null), fundId == null ? 0 : fundId,
                eligibleCountries.stream().map(s -> CountryCode.of("eligibleCountries", s))
                        .collect(Collectors.toSet()),
                criteria.stream().map(CriterionRow::toCriterion).toList(),
                clarificationDeadline.atZone(zone).toOffsetDateTime(), submissionDeadline.atZone(zone)
                .toOffsetDateTime(), zone);
    }

    private void show(TenderService.Notice n) {
        notice = n;
        Tender t = n.tender();
        ref = t.getReference();
        reference = t.getReference();
        title = t.getTitle();
        category = t.getCategory();
        description = t.getDescription();
        requirements = t.getRequirements();
        quantity = t.getQuantity();
        budgetCeiling = t.getBudgetCeiling().amount();
        fundId = t.getFundId();
        eligibleCountries = new ArrayList<>(t.getEligibleCountries());
        criteria = new ArrayList<>(t.getCriteria().stream().map(CriterionRow::new).toList());
        clarificationDeadline = t.getClarificationDeadline().toLocalDateTime();
        submissionDeadline = t.getSubmissionDeadline().toLocalDateTime();
        timeZone = t.getTimeZone().getId();
    }

    public boolean isNew() {
        return notice == null;
    }

    public boolean isDraft() {
        return notice != null && notice.status() == TenderStatus.DRAFT;
    }

    public boolean isEditable() {
        return isNew() || isDraft();
    }

    public List<Fund> getFundChoices() {
        return funds.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public DroneCategory[] getCategories() {
        return DroneCategory.values();
    }

    public TenderService.Notice getNotice() {
        return notice;
    }

    public PagedDataModel<Clarification> getQuestions() {
        return questions;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DroneCategory getCategory() {
        return category;
    }

    public void setCategory(DroneCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getBudgetCeiling() {
        return budgetCeiling;
    }

    public void setBudgetCeiling(BigDecimal budgetCeiling) {
        this.budgetCeiling = budgetCeiling;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public List<String> getEligibleCountries() {
        return eligibleCountries;
    }

    public void setEligibleCountries(List<String> eligibleCountries) {
        this.eligibleCountries = eligibleCountries == null ? new ArrayList<>() : new ArrayList<>(eligibleCountries);
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public LocalDateTime getClarificationDeadline() {
        return clarificationDeadline;
    }

    public void setClarificationDeadline(LocalDateTime clarificationDeadline) {
        this.clarificationDeadline = clarificationDeadline;
    }

    public LocalDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDateTime submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The answers being written, by question. */
    public Map<Long, String> getAnswers() {
        return answers;
    }
}
