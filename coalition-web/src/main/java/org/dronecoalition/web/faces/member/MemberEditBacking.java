package org.dronecoalition.web.faces.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dronecoalition.application.MembershipService;
import org.dronecoalition.web.security.CurrentActor;
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.member.MembershipStatus;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.omnifaces.util.Messages;

/** One member country: everyone may look, the CSO may edit (the service checks the role). */
@Named
@ViewScoped
public class MemberEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "member";

    @Inject
    MembershipService membership;

    @Inject
    CurrentActor actor;

    private String code;
    private String name;
    private LocalDate joinedOn;
    private List<MemberRole> roles = new ArrayList<>();
    private MembershipStatus status;
    private LocalDate mouSignedOn;
    private long version;
    private boolean found;

    /** Called by the view's viewAction with the code from the URL. */
    public void load() {
        try {
            show(membership.get(CountryCode.of(code)));
        } catch (DomainException e) {
            found = false;
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void save() {
        try {
            show(membership.amend(actor.get(), CountryCode.of(code), version,
                    new MembershipService.Amendment(joinedOn, roles(), status, mouSignedOn)));
            Messages.addGlobalInfo("Saved {0}", name);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    private void show(MemberCountry m) {
        found = true;
        name = m.getName();
        joinedOn = m.getJoinedOn();
        roles = new ArrayList<>(m.getRoles());
        status = m.getStatus();
        mouSignedOn = m.getMouSignedOn();
        version = m.getVersion();
    }

    public MemberRole[] getRoleChoices() {
        return MemberRole.values();
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public boolean isFound() {
        return found;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public List<MemberRole> getRoles() {
        return roles;
    }

    public void setRoles(List<MemberRole> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }

    public LocalDate getMouSignedOn() {
        return mouSignedOn;
    }

    public void setMouSignedOn(LocalDate mouSignedOn) {
        this.mouSignedOn = mouSignedOn;
    }

    public long getVersion() {
        return version;
    }

    private Set<MemberRole> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
