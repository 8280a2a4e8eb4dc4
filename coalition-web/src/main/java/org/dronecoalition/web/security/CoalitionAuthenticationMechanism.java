package org.dronecoalition.web.security;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.dronecoalition.application.KeptSignIns;
import org.dronecoalition.application.SignInService;
import org.dronecoalition.application.SignInService.Channel;
import org.dronecoalition.application.SignInService.Outcome;
import org.dronecoalition.application.SignInService.SignedIn;
import org.dronecoalition.application.SignInService.Throttled;
import org.dronecoalition.domain.account.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for every door (Jakarta Security 3 allows one per application). The REST API
 * takes credentials with each request, HTTP Basic or an API token ({@code Bearer}), and never the
 * page session, so a page session cannot be ridden cross-site into the API. Pages sign in with
 * the login form, or through the organisation's identity provider ({@link ProviderSignIn}, under
 * {@code /sso/}), and keep the user name in the session. A token's or a session's sign-in is
 * verified again after any change to accounts or tokens ({@link KeptSignIns}), so disabling an
 * account or changing its role applies at once. This bean is the selected
 * alternative, so it is the one the container asks even when the OpenID Connect one is defined.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CoalitionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "coalition.caller";
    static final String ACTOR = "coalition.actor";
    /** The kept sign-ins as they stood when the request was signed in ({@link KeptSignIns.Standing}). */
    static final String STANDING = "coalition.signIns";
    /** Set for the login page when the form's sign-in is throttled: seconds to wait. */
    public static final String RETRY_AFTER = "coalition.retryAfter";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject
    SignInService signIn;

    @Inject
    KeptSignIns kept;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ProviderSignIn provider;

    @Inject
    SingleSignOn sso;

    @Inject
    @ConfigProperty(name = "coalition.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        Credential form = context.getAuthParameters().getCredential();
        if (form instanceof UsernamePasswordCredential credential) {
            return formLogin(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return credentials(authorization, request, response, context);
        }
        if (!isApi(request)) {
            Optional<AuthenticationStatus> session = sessionSignIn(request, context);
            if (session.isPresent()) {
                return session.get();
            }
            if (sso.isEnabled() && request.getServletPath().startsWith("/sso/")) {
                return provider.validate(request, response, context, this::startSession);
            }
            if (context.isProtected()) {
                return context.redirect(request.getContextPath() + "/login.xhtml?next="
                        + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            }
        }
        return context.doNothing();
    }

    private AuthenticationStatus credentials(String authorization, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        String address = clientAddress.of(request);
        KeptSignIns.Standing standing;
        Outcome outcome;
        try {
            standing = kept.standing();
            if (startsWith(authorization, BEARER)) {
                outcome = standing.token(authorization.substring(BEARER.length()).trim(), address);
            } else if (startsWith(authorization, BASIC)) {
                Optional<String[]> pair = basicPair(authorization.substring(BASIC.length()));
                if (pair.isEmpty()) {
                    return Challenge.unauthorized(response, "The Authorization header is not valid Basic credentials");
                }
                outcome = signIn.password(pair.get()[0], pair.get()[1], address, Channel.BASIC);
            } else {
                return Challenge.unauthorized(response, "Send HTTP Basic credentials or an API token (Bearer)");
            }
        } catch (EJBException e) {
            return Challenge.unavailable(response);
        }
        if (outcome instanceof SignedIn in) {
            return signedIn(request, context, in.actor(), standing);
        }
        if (outcome instanceof Throttled throttled) {
            return Challenge.throttled(response, throttled.retryAfterSeconds());
        }
        return Challenge.unauthorized(response, startsWith(authorization, BEARER)
                ? "Unknown, expired or revoked API token" : "Unknown user name or wrong password");
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        Outcome outcome = signIn.password(credential.getCaller(), credential.getPasswordAsString(),
                clientAddress.of(request), Channel.FORM);
        if (outcome instanceof Throttled throttled) {
            request.setAttribute(RETRY_AFTER, throttled.retryAfterSeconds());
        }
        if (!(outcome instanceof SignedIn in)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return startSession(request, context, in.actor());
    }

    /** A new session id for a signed-in user, so that a session fixed before sign-in is worth nothing. */
    private AuthenticationStatus startSession(HttpServletRequest request, HttpMessageContext context, Actor actor) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(idleMinutes * 60);
        session.setAttribute(SESSION_CALLER, actor.username());
        return signedIn(request, context, actor, kept.standing());
    }

    /** Signed in by the page session, if there is one and its account may still sign in. */
    private Optional<AuthenticationStatus> sessionSignIn(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SESSION_CALLER);
        if (caller == null) {
            return Optional.empty();
        }
        KeptSignIns.Standing standing = kept.standing();
        Optional<Actor> actor = standing.session((String) caller);
        if (actor.isEmpty()) {
            session.invalidate();
        }
        return actor.map(signedIn -> signedIn(request, context, signedIn, standing));
    }

    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context,
            Actor actor, KeptSignIns.Standing standing) {
        request.setAttribute(ACTOR, actor);
        request.setAttribute(STANDING, standing);
        return context.notifyContainerAboutLogin(actor.username(), Set.of(actor.role().name()));
    }

    private static Optional<String[]> basicPair(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return "/api".equals(request.getServletPath());
    }

    private static boolean startsWith(String header, String scheme) {
        return header.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
