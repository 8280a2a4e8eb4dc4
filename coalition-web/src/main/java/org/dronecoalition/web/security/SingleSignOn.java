package org.dronecoalition.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in to the pages through the organisation's OpenID Connect provider, configured by the
 * operator alone ({@code coalition.oidc.*}); without an issuer the login form is the only way in.
 * The provider's answer comes back to {@code /sso/callback.xhtml}; its state is kept in cookies,
 * not in the page session, whose cookie a browser does not send back from another site.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${singleSignOn.issuer}",
        clientId = "${singleSignOn.clientId}",
        clientSecret = "${singleSignOn.clientSecret}",
        redirectURI = "${baseURL}/sso/callback.xhtml",
        useSession = false,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub"))
@Named
@ApplicationScoped
public class SingleSignOn {

    @Inject
    @ConfigProperty(name = "coalition.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "coalition.oidc.client-id", defaultValue = "coalition")
    String clientId;

    @Inject
    @ConfigProperty(name = "coalition.oidc.client-secret", defaultValue = " ")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "coalition.oidc.provider-name", defaultValue = "your organisation")
    String providerName;

    @Inject
    @ConfigProperty(name = "coalition.oidc.username-claim", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "coalition.oidc.role-claim", defaultValue = "coalition_role")
    String roleClaim;

    @Inject
    @ConfigProperty(name = "coalition.oidc.country-claim", defaultValue = "coalition_country")
    String countryClaim;

    public boolean isEnabled() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }

    public String getIssuer() {
        return issuer.orElse("");
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.trim();
    }

    public String getProviderName() {
        return providerName;
    }

    String usernameClaim() {
        return usernameClaim;
    }

    String roleClaim() {
        return roleClaim;
    }

    String countryClaim() {
        return countryClaim;
    }
}
