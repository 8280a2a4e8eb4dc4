package org.dronecoalition.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.application.PasswordService;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/** My account: who I am, and a new password in place of the current one. */
@Named
@RequestScoped
public class PasswordChangeBacking {

    static final String FORM = "password";

    @Inject
    PasswordService passwords;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    private String currentPassword;
    private String newPassword;

    public UserAccount getAccount() {
        return accounts.mine(actor.get());
    }

    public void change() {
        try {
            passwords.change(actor.get(), currentPassword, newPassword);
            Messages.addGlobalInfo("Your password is changed");
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
