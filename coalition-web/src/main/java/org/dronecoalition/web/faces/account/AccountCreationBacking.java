package org.dronecoalition.web.faces.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;

/** The CSO creates a staff account; the set-password link is shown once, on this page. */
@Named
@ViewScoped
public class AccountCreationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "create";

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    private String username;
    private String displayName;
    private Role role;
    private String country;
    private IssuedLink issued;

    public void create() {
        try {
            issued = IssuedLink.of(accounts.create(actor.get(), new AccountService.NewStaff(username, displayName,
                    role, country == null ? null : CountryCode.of(country))));
            username = null;
            displayName = null;
            country = null;
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public Role[] getRoles() {
        return new Role[] {Role.CSO_ADMIN, Role.MEMBER_REP, Role.TEST_OFFICER};
    }

    public IssuedLink getIssued() {
        return issued;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
