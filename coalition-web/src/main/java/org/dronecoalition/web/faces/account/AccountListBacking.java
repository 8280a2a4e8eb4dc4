package org.dronecoalition.web.faces.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dronecoalition.application.AccountService;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository.Filter;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;

/** The CSO's list of accounts, paged and filtered by role and state in the database. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    private Role role;
    private Boolean enabled;

    private final PagedDataModel<UserAccount> list = new PagedDataModel<>(
            (page, sortBy, filterBy) -> accounts.list(actor.get(), new Filter(role, null, enabled, null), page),
            UserAccount::getUsername);

    public PagedDataModel<UserAccount> getList() {
        return list;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
