package org.dronecoalition.web.answers;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.dronecoalition.infrastructure.ChangeMark;

/**
 * Moves the change mark after every write of the API: its transaction has committed when the
 * resource returns, and the answer is not yet written, so the caller's next read, on any node,
 * is read afresh.
 */
@Provider
public class WritesMoveTheMark implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    ChangeMark changes;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod())) {
            changes.move();
        }
    }
}
