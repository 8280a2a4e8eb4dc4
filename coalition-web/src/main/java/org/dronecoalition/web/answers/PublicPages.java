package org.dronecoalition.web.answers;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dronecoalition.infrastructure.ChangeMark;
import org.dronecoalition.web.faces.StatelessViews;

/**
 * Gives an anonymous visitor of a page that keeps no state (the home page, the funds overview, a
 * tender notice: {@link StatelessViews}) the page as rendered for the last such visit, while the
 * data's {@link ChangeMark} stands and the clock has not changed it ({@link PageChanges}):
 * rendering is most of what such a visit costs. A visitor who is signed in or has a session is
 * always answered afresh and never fills what others are given; a page is kept only if it was
 * answered 200 and made no session. Each answer carries a script nonce of its own, in its policy
 * and its scripts alike, so that no two visitors are given the same one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PublicPages extends HttpFilter {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    /** Written by the server for each answer, or for the body as it was written. */
    private static final Set<String> NOT_KEPT = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        NOT_KEPT.addAll(List.of("Content-Type", "Content-Length", "Date", "Set-Cookie", "Transfer-Encoding"));
    }

    @Inject
    KeptAnswers kept;

    @Inject
    ChangeMark changes;

    @Inject
    PageChanges pageChanges;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !StatelessViews.keepsNoState(view.equals("/") ? "/index.xhtml" : view)
                || request.getUserPrincipal() != null || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + "?" + request.getQueryString() + (request.isSecure() ? " https" : "");
        KeptAnswers.Answer page = kept.find(key, changes.current(), clock.instant());
        if (page == null) {
            try (KeptAnswers.Rendering rendering = kept.renderOrWait(key)) {
                if (rendering == null) {
                    // Another visit was rendering the page: it may have kept it.
                    page = kept.find(key, changes.current(), clock.instant());
                }
                if (page == null) {
                    render(key, request, response, chain);
                    return;
                }
            }
        }
        giveAgain(page, response);
    }

    /** Renders the page and keeps it for the next visitors, under the mark read before it was rendered. */
    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long mark = changes.current();
        Instant now = clock.instant();
        var copied = new CopiedResponse(response, KeptAnswers.MAX_BYTES);
        chain.doFilter(request, copied);
        byte[] body = copied.body();
        if (body != null && response.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
                && response.getHeaders("Set-Cookie").isEmpty() && response.getContentType() != null) {
            kept.keep(key, new KeptAnswers.Answer(mark, KeptAnswers.until(now, pageChanges.first()),
                    response.getContentType(), headersOf(response), body));
        }
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name)) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static void giveAgain(KeptAnswers.Answer page, HttpServletResponse response) throws IOException {
        String nonce = nonceOf(page.headers());
        String fresh = nonce == null ? null : newNonce();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.mediaType());
        page.headers().forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                String value = fresh == null ? values.get(i) : values.get(i).replace(nonce, fresh);
                if (i == 0) {
                    response.setHeader(name, value);
                } else {
                    response.addHeader(name, value);
                }
            }
        });
        byte[] body = page.body();
        if (fresh != null) {
            Charset charset = Charset.forName(response.getCharacterEncoding());
            body = new String(body, charset).replace(nonce, fresh).getBytes(charset);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The nonce PrimeFaces chose for the page's scripts, as its policy names it; null if none. */
    private static String nonceOf(Map<String, List<String>> headers) {
        for (List<String> values : headers.values()) {
            for (String value : values) {
                Matcher m = NONCE.matcher(value);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
