package org.dronecoalition.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for throttling sign-in failures. Behind a load balancer every
 * request comes from the balancer, so the operator names the balancers to trust
 * ({@code coalition.sign-in.trusted-proxies}); only their {@code X-Forwarded-For} is believed.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "coalition.sign-in.trusted-proxies", defaultValue = " ")
    List<String> trustedProxies;

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        // The balancer appends the address it saw, so the last entry is the one it vouches for.
        String[] hops = forwarded.split(",");
        String client = hops[hops.length - 1].trim();
        return client.isEmpty() || client.length() > 45 ? peer : client;
    }
}
