package org.dronecoalition.web.faces.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.CompanyUserService;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** A company's administrator adds colleagues (their link shown once) and disables or enables them. */
@Named
@ViewScoped
public class CompanyUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "users";

    @Inject
    CompanyUserService users;

    @Inject
    CurrentActor actor;

    private String username;
    private String displayName;
    private IssuedLink issued;

    private final PagedDataModel<UserAccount> list = new PagedDataModel<>(
            (page, sortBy, filterBy) -> users.list(actor.get(), page), UserAccount::getUsername);

    public void add() {
        try {
            issued = IssuedLink.of(users.add(actor.get(), username, displayName));
            username = null;
            displayName = null;
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public void toggle(UserAccount colleague) {
        try {
            users.setEnabled(actor.get(), colleague.getUsername(), colleague.getVersion(), !colleague.isEnabled());
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public boolean isAdministrator() {
        return users.administers(actor.get());
    }

    public PagedDataModel<UserAccount> getList() {
        return list;
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
}
