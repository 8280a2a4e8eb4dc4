package org.dronecoalition.web.faces.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.shared.CountryCode;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** One account for the CSO: change its name, role scope and state, or issue a new set-password link. */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "account";

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    private String username;
    private String displayName;
    private Role role;
    private String country;
    private boolean enabled;
    private boolean staff;
    private long version;
    private boolean found;
    private IssuedLink issued;

    /** Called by the view's viewAction with the user name from the URL. */
    public void load() {
        try {
            show(accounts.get(actor.get(), username));
        } catch (DomainException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void save() {
        try {
            show(accounts.change(actor.get(), username, version, new AccountService.Change(displayName, role,
                    country == null ? null : CountryCode.of(country), enabled)));
            Messages.addGlobalInfo("Saved {0}", username);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public void resetPassword() {
        try {
            issued = IssuedLink.of(accounts.resetPassword(actor.get(), username));
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    private void show(UserAccount a) {
        found = true;
        username = a.getUsername();
        displayName = a.getDisplayName();
        role = a.getRole();
        country = a.getCountry() == null ? null : a.getCountry().value();
        enabled = a.isEnabled();
        staff = a.getRole() != Role.MANUFACTURER;
        version = a.getVersion();
    }

    public Role[] getRoles() {
        return staff ? new Role[] {Role.CSO_ADMIN, Role.MEMBER_REP, Role.TEST_OFFICER} : new Role[] {Role.MANUFACTURER};
    }

    public boolean isFound() {
        return found;
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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isStaff() {
        return staff;
    }
}
