package org.dronecoalition.web.faces.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.dronecoalition.application.ProposalService;
import org.dronecoalition.domain.proposal.DocumentUpload;
import org.dronecoalition.domain.proposal.ProposalDocument;
import org.dronecoalition.domain.proposal.ProposalSubmission;
import org.dronecoalition.domain.proposal.ProposalTerms;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One proposal. Its authors edit the working copy, attach documents, submit and withdraw, and
 * keep their receipts; the coalition reads the submission that counts once the deadline has passed.
 */
@Named
@ViewScoped
public class ProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "proposal";

    @Inject
    ProposalService proposals;

    @Inject
    CurrentActor actor;

    private Long id;
    private transient ProposalService.Dossier dossier;
    private List<ProposalSubmission> receipts = List.of();
    private BigDecimal unitPrice;
    private Integer quantity;
    private Integer monthlyCapacity;
    private Integer leadTimeDays;
    private String technicalData;
    private transient Part file;

    public void load() {
        if (id == null) {
            Messages.addGlobalError("No proposal was named");
            return;
        }
        try {
            show(proposals.get(actor.get(), id));
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void save() {
        act(() -> proposals.revise(actor.get(), id, version(), terms()), "Saved; submit to make it count");
    }

    public void submit() {
        try {
            proposals.revise(actor.get(), id, version(), terms());
            ProposalSubmission receipt = proposals.submit(actor.get(), null, id, proposals.get(actor.get(), id).proposal()
                    .getVersion());
            show(proposals.get(actor.get(), id));
            Messages.addGlobalInfo("Submitted as version {0}. Receipt SHA-256: {1}", receipt.getVersionNo(),
                    receipt.getSha256());
        } catch (DomainException e) {
            reload();
            FacesErrors.show(FORM, e);
        }
    }

    public void withdraw() {
        act(() -> proposals.withdraw(actor.get(), id, version()), "Withdrawn; it will not be opened");
    }

    public void upload() {
        try {
            if (file == null || file.getSize() == 0) {
                throw new InvalidInputException("file", "choose a PDF, PNG or JPEG file");
            }
            long limit = proposals.maxDocumentBytes();
            if (file.getSize() > limit) {
                throw new InvalidInputException("file", "a document may have at most " + limit + " bytes");
            }
            ProposalDocument d;
            try (InputStream in = file.getInputStream()) {
                d = proposals.attach(actor.get(), id, file.getSubmittedFileName(), file.getContentType(),
                        new DocumentUpload(in, file.getSize()));
            }
            reload();
            Messages.addGlobalInfo("Attached {0} (SHA-256 {1})", d.getFileName(), d.getSha256());
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        } catch (IOException e) {
            Messages.addError(FORM + ":file", "The upload broke off; try again");
        }
    }

    public void detach(ProposalDocument d) {
        try {
            proposals.detach(actor.get(), id, d.getId());
            reload();
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void download(ProposalDocument d) throws IOException {
        ProposalService.Download file = proposals.download(actor.get(), id, d.getId());
        Faces.sendFile(file.document().getFileName(), true, file.content()::writeTo);
    }

    private void act(Supplier<ProposalService.Dossier> step, String done) {
        try {
            show(step.get());
            Messages.addGlobalInfo(done);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    /** Reads the proposal again but keeps what the author typed and has not saved yet. */
    private void reload() {
        try {
            dossier = proposals.get(actor.get(), id);
        } catch (DomainException e) {
            dossier = null;
        }
    }

    private long version() {
        return getDossier().proposal().getVersion();
    }

    private ProposalTerms terms() {
        return new ProposalTerms(unitPrice == null ? null : Money.positive("unitPrice", unitPrice, null), quantity,
                monthlyCapacity, leadTimeDays, technicalData);
    }

    private void show(ProposalService.Dossier d) {
        dossier = d;
        ProposalTerms t = d.terms();
        unitPrice = t.unitPrice() == null ? null : t.unitPrice().amount();
        quantity = t.quantity();
        monthlyCapacity = t.monthlyCapacity();
        leadTimeDays = t.leadTimeDays();
        technicalData = t.technicalData();
        receipts = proposals.receipts(actor.get(), id);
    }

    /** The proposal as last read; entities are not serialisable, so a restored view reads it again. */
    public ProposalService.Dossier getDossier() {
        if (dossier == null && id != null) {
            reload();
        }
        return dossier;
    }

    public boolean isAuthor() {
        return getDossier() != null && dossier.author();
    }

    public List<ProposalSubmission> getReceipts() {
        return receipts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Integer getMonthlyCapacity() {
        return monthlyCapacity;
    }

    public void setMonthlyCapacity(Integer monthlyCapacity) {
        this.monthlyCapacity = monthlyCapacity;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public String getTechnicalData() {
        return technicalData;
    }

    public void setTechnicalData(String technicalData) {
        this.technicalData = technicalData;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
