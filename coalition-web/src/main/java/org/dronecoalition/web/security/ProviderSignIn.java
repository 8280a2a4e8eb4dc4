package org.dronecoalition.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.dronecoalition.application.SignInService;
import org.dronecoalition.application.SignInService.NotAdmitted;
import org.dronecoalition.application.SignInService.Outcome;
import org.dronecoalition.application.SignInService.ProviderIdentity;
import org.dronecoalition.application.SignInService.SignedIn;

/**
 * Page sign-in through the identity provider. Jakarta Security's OpenID Connect mechanism (the
 * one {@link SingleSignOn} defines) runs the redirects and checks the tokens; when it would tell
 * the container who signed in, the provider's subject is mapped onto a platform account instead,
 * so the account's role, not the provider's, decides what the user may do.
 */
@ApplicationScoped
public class ProviderSignIn {

    @Inject
    BeanManager beans;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    SignInService signIn;

    @Inject
    SingleSignOn sso;

    @Inject
    ClientAddress clientAddress;

    /** Runs the provider's step for this request; a user it vouched for but we do not admit sees why. */
    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, Session session) throws AuthenticationException {
        Mapping mapping = new Mapping(context, request, session);
        AuthenticationStatus status = openIdMechanism().validateRequest(request, response, mapping);
        if (mapping.notAdmitted != null) {
            return context.redirect(request.getContextPath() + "/sso-refused.xhtml?waiting="
                    + mapping.notAdmitted.waitingForCso());
        }
        return status;
    }

    private HttpAuthenticationMechanism openId;

    /**
     * The OpenID Connect mechanism is the one mechanism that is not ours. Injection would resolve
     * to ours, the selected alternative, so it is looked up among all beans of the type.
     */
    private HttpAuthenticationMechanism openIdMechanism() {
        if (openId == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                    .filter(b -> !CoalitionAuthenticationMechanism.class.equals(b.getBeanClass())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism is defined"));
            openId = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
        }
        return openId;
    }

    /** Starts the page session of an admitted account; implemented by the application's mechanism. */
    interface Session {
        AuthenticationStatus start(HttpServletRequest request, HttpMessageContext context,
                org.dronecoalition.domain.account.Actor actor);
    }

    private final class Mapping extends HttpMessageContextWrapper {

        private final HttpServletRequest request;
        private final Session session;
        private NotAdmitted notAdmitted;

        Mapping(HttpMessageContext context, HttpServletRequest request, Session session) {
            super(context);
            this.request = request;
            this.session = session;
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            Outcome outcome = signIn.identityProvider(identity(openIdContext.get()), clientAddress.of(request));
            if (outcome instanceof SignedIn in) {
                return session.start(request, getWrapped(), in.actor());
            }
            notAdmitted = outcome instanceof NotAdmitted why ? why : new NotAdmitted(false);
            return AuthenticationStatus.SEND_FAILURE;
        }

        private ProviderIdentity identity(OpenIdContext context) {
            JwtClaims token = context.getIdentityToken().getJwtClaims();
            return new ProviderIdentity(context.getSubject(), claim(context, token, sso.usernameClaim()),
                    claim(context, token, "name"), claim(context, token, sso.roleClaim()),
                    claim(context, token, sso.countryClaim()));
        }

        /** From the identity token, else from the provider's user info. */
        private String claim(OpenIdContext context, JwtClaims token, String name) {
            Optional<String> value = token.getStringClaim(name);
            return value.isPresent() ? value.get() : context.getClaims().getStringClaim(name).orElse(null);
        }
    }
}
