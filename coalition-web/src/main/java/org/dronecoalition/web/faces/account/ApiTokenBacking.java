package org.dronecoalition.web.faces.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dronecoalition.application.ApiTokenService;
import org.dronecoalition.domain.account.ApiToken;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.faces.PagedDataModel;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;

/** The API tokens of one account, on the CSO's account page: issue (the secret shown once), revoke. */
@Named
@ViewScoped
public class ApiTokenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "tokens";

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentActor actor;

    private String username;
    private String name;
    private LocalDate expiresOn;
    private String secret;

    private final PagedDataModel<ApiToken> list = new PagedDataModel<>(
            (page, sortBy, filterBy) -> tokens.list(actor.get(), username, page), t -> t.getId().toString());

    /** The account is the page's: its user name comes with the request that opened it. */
    @PostConstruct
    void init() {
        username = Faces.getRequestParameter("username");
    }

    public void issue() {
        try {
            secret = tokens.issue(actor.get(), username, name,
                    expiresOn == null ? null : expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant()).secret();
            name = null;
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public void revoke(long id) {
        try {
            tokens.revoke(actor.get(), username, id);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public PagedDataModel<ApiToken> getList() {
        return list;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
