package org.dronecoalition.web.faces.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
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
    private MemberRole role = MemberRole.MEMBER;
    private LocalDate mouSignedOn;

    public void admit() {
        try {
            MemberCountry admitted = membership.admit(actor.get(), new MembershipService.Admission(
                    CountryCode.of("code", code), name, joinedOn, role, mouSignedOn));
            Messages.addFlashGlobalInfo("{0} is now a member country", admitted.getName());
            Faces.redirect("members/member.xhtml?code=%s", admitted.getCode().value());
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public MemberRole[] getRoles() {
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

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public LocalDate getMouSignedOn() {
        return mouSignedOn;
    }

    public void setMouSignedOn(LocalDate mouSignedOn) {
        this.mouSignedOn = mouSignedOn;
    }
}
