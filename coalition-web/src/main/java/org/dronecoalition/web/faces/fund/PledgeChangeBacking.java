package org.dronecoalition.web.faces.fund;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.dronecoalition.application.ContributionService;
import org.dronecoalition.domain.contribution.Contribution;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** A country raises or lowers its pledge, never below what has arrived. */
@Named
@ViewScoped
public class PledgeChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "change";

    @Inject
    ContributionService contributions;

    @Inject
    CurrentActor actor;

    private Long id;
    private long version;
    private BigDecimal pledged;

    public void load() {
        try {
            Contribution c = contributions.get(id);
            version = c.getVersion();
            pledged = c.getPledged().amount();
        } catch (DomainException e) {
            pledged = null;
        }
    }

    public void change() {
        try {
            Contribution c = contributions.repledge(actor.get(), id, version, Money.positive("pledged", pledged, null));
            Messages.addFlashGlobalInfo("The pledge is now {0}", c.getPledged());
            Faces.redirect("funds/contribution.xhtml?id=" + id);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getPledged() {
        return pledged;
    }

    public void setPledged(BigDecimal pledged) {
        this.pledged = pledged;
    }
}
