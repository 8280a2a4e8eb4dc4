package org.dronecoalition.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dronecoalition.application.PasswordService;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.omnifaces.util.Messages;

/** A new user (or one whose password was reset) chooses a password with the link they were given. */
@Named
@RequestScoped
public class SetPasswordBacking {

    static final String FORM = "setPassword";

    @Inject
    PasswordService passwords;

    private String token;
    private String password;
    private String username;

    public void set() {
        try {
            username = passwords.setWithToken(token, password).getUsername();
            Messages.addGlobalInfo("Password set for {0}: you can log in now", username);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public boolean isDone() {
        return username != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
