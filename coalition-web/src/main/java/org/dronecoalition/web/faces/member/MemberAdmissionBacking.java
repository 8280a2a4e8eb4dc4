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
import org.dronecoalition.domain.member.MemberCountry;
import org.dronecoalition.domain.member.MemberRole;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The CSO admits a country to the coalition. */
@Named
@ViewScoped
public class MemberAdmissionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "admission";

    @Inject
    MembershipService membership;

    @Inject
    CurrentActor actor;

    private String code;
    private String name;
    private LocalDate joinedOn;
    private List<MemberRole> roles = new ArrayList<>(List.of(MemberRole.MEMBER));
    private LocalDate mouSignedOn;

    public void admit() {
        try {
            MemberCountry admitted = membership.admit(actor.get(), new MembershipService.Admission(
                    CountryCode.of("code", code), name, joinedOn, roles(), mouSignedOn));
            Messages.addFlashGlobalInfo("{0} is now a member country", admitted.getName());
            Faces.redirect("members/member.xhtml?code=%s", admitted.getCode().value());
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public MemberRole[] getRoleChoices() {
        return MemberRole.values();
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

    public void setName(String name) {
        this.name = name;
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

    public LocalDate getMouSignedOn() {
        return mouSignedOn;
    }

    public void setMouSignedOn(LocalDate mouSignedOn) {
        this.mouSignedOn = mouSignedOn;
    }

    private Set<MemberRole> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
