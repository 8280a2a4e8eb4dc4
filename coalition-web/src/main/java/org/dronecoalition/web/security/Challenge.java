package org.dronecoalition.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The problem answers of a refused sign-in; the resource is not called. */
final class Challenge {

    private Challenge() {
    }

    static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.addHeader("WWW-Authenticate", "Basic realm=\"coalition\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"coalition\"");
        return problem(response, 401, "Unauthorized", detail);
    }

    static AuthenticationStatus throttled(HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        return problem(response, 429, "Too Many Requests", "Too many failed sign-ins for this account or from "
                + "this address; try again in " + retryAfterSeconds + " seconds");
    }

    static AuthenticationStatus unavailable(HttpServletResponse response) {
        response.setHeader("Retry-After", "1");
        return problem(response, 503, "Service Unavailable", "Sign-in could not be checked just now; try again");
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title,
            String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\",\"errors\":[]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
