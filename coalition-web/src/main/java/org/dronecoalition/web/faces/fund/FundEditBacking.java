package org.dronecoalition.web.faces.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.dronecoalition.application.FundService;
import org.dronecoalition.domain.fund.Fund;
import org.dronecoalition.domain.fund.FundCharter;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** The CSO creates a fund, or describes one again: name, purpose, governing document and target. */
@Named
@ViewScoped
public class FundEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "fund";

    @Inject
    FundService funds;

    @Inject
    CurrentActor actor;

    private Long id;
    private long version;
    private String name;
    private String purpose;
    private String governingDocument;
    private BigDecimal target;

    public void load() {
        if (id != null) {
            try {
                show(funds.get(id));
            } catch (DomainException e) {
                Messages.addGlobalError(e.getMessage());
                id = null;
            }
        }
    }

    public void save() {
        try {
            FundCharter charter = new FundCharter(name, purpose, governingDocument,
                    target == null ? null : Money.positive("target", target, null));
            Fund fund = id == null ? funds.create(actor.get(), charter)
                    : funds.describe(actor.get(), id, version, charter);
            show(fund);
            Messages.addGlobalInfo("Saved {0}", fund.getName());
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    private void show(Fund fund) {
        id = fund.getId();
        version = fund.getVersion();
        name = fund.getName();
        purpose = fund.getPurpose();
        governingDocument = fund.getGoverningDocument();
        target = fund.getTarget().map(Money::amount).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getGoverningDocument() {
        return governingDocument;
    }

    public void setGoverningDocument(String governingDocument) {
        this.governingDocument = governingDocument;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }
}
