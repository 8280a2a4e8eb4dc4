package org.dronecoalition.web.faces.tender;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dronecoalition.application.AwardService;
import org.dronecoalition.application.ClarificationService;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.application.TenderService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.proposal.ProposalRepository;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.tender.Clarification;
import org.dronecoalition.domain.tender.TenderStatus;
import org.dronecoalition.web.answers.ChangesWithTime;
import org.dronecoalition.web.answers.PageChanges;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A public tender notice with its answered questions. A manufacturer asks questions here and
 * starts or opens its proposal; after opening, everyone sees the receipt hashes. The page keeps
 * no state between requests (its view is transient, see StatelessViews): a visit leaves no session
 * behind, and each request, a post too, reads the tender named by {@code ref}, which the page's
 * forms post back to.
 */
@Named
@RequestScoped
public class TenderNoticeBacking {

    static final String FORM = "ask";

    @Inject
    TenderService tenders;

    @Inject
    ClarificationService clarifications;

    @Inject
    ProposalService proposals;

    @Inject
    AwardService awards;

    @Inject
    CurrentActor actor;

    @Inject
    PageChanges pageChanges;

    private String ref;
    private TenderService.Notice notice;
    private AwardService.Outcome outcome;
    private String question;
    private Long proposalId;

    private final PagedDataModel<Clarification> questions = new PagedDataModel<>(
            (page, sortBy, filterBy) -> clarifications.list(actor.get(), ref, page), c -> String.valueOf(c.getId()));

    private final PagedDataModel<ProposalRepository.Listed> openedProposals = new PagedDataModel<>(
            (page, sortBy, filterBy) -> proposals.list(actor.get(), ref, page),
            l -> String.valueOf(l.proposal().getId()));

    @PostConstruct
    void load() {
        ref = Faces.getRequestParameter("ref");
        if (ref == null) {
            Messages.addGlobalError("Which tender? The address names none.");
            return;
        }
        try {
            notice = tenders.get(actor.get(), ref);
            pageChanges.changesAt(ChangesWithTime.daysLeftChange(
                    notice.tender().getSubmissionDeadline().toOffsetDateTime(), notice.daysToDeadline()));
            outcome = notice.status() == TenderStatus.AWARDED ? awards.get(actor.get(), ref) : null;
            if (actor.get().has(Role.MANUFACTURER)) {
                proposalId = proposals.list(actor.get(), ref, new PageRequest(0, 1))
                        .items().stream().map(l -> l.proposal().getId()).findFirst().orElse(null);
            }
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void ask() {
        try {
            clarifications.ask(actor.get(), ref, question);
            question = null;
            Messages.addGlobalInfo("Your question was sent. The answer will be published here for all bidders.");
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    /** Starts an empty draft and opens it in the proposal form. */
    public void prepareProposal() {
        try {
            long id = proposals.create(actor.get(), ref, new ProposalTerms(null, null, null, null, null))
                    .proposal().getId();
            Faces.redirect("proposals/proposal.xhtml?id=%s", String.valueOf(id));
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public boolean isOpenForBids() {
        return notice != null && notice.status() == TenderStatus.PUBLISHED;
    }

    /** The CSO and member representatives read the proposals once they are opened. */
    public boolean isCoalitionReader() {
        return actor.get().has(Role.CSO_ADMIN) || actor.get().has(Role.MEMBER_REP);
    }

    public PagedDataModel<ProposalRepository.Listed> getOpenedProposals() {
        return openedProposals;
    }

    public TenderService.Notice getNotice() {
        return notice;
    }

    /** The countries by their English names, as a reader looks them up. */
    public String getEligibleCountries() {
        return notice.tender().getEligibleCountries().stream()
                .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The passed award of an awarded tender: who won what, and the count of the vote. */
    public AwardService.Outcome getOutcome() {
        return outcome;
    }

    public PagedDataModel<Clarification> getQuestions() {
        return questions;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getRef() {
        return ref;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
