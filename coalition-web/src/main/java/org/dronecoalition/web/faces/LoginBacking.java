package org.dronecoalition.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.dronecoalition.web.security.CoalitionAuthenticationMechanism;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The login form: hands the credentials to the application's authentication mechanism. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String next;

    public void login() throws IOException {
        AuthenticationStatus status = security.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            boolean local = next != null && next.startsWith(Faces.getRequestContextPath() + "/");
            Faces.redirect(local ? next : Faces.getRequestContextPath() + "/");
        } else if (Faces.getRequestAttribute(CoalitionAuthenticationMechanism.RETRY_AFTER) instanceof Long wait) {
            Messages.addError("login:password", "Too many failed sign-ins; try again in {0} seconds", wait);
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            Messages.addError("login:password", "Unknown user name or wrong password");
        }
    }

    public void logout() throws IOException, ServletException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
