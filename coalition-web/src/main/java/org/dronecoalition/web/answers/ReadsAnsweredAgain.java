package org.dronecoalition.web.answers;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dronecoalition.infrastructure.ChangeMark;

/**
 * Gives the caller of a {@link KeptAnswer} read the answer kept from the last such request of the
 * same caller, while the data's {@link ChangeMark} stands and the clock has not changed it: no
 * query, no serialising. Anonymous callers share their answers; a signed-in caller, who may see
 * more (the CSO sees drafts, a manufacturer its own deliveries), is given only what was kept for
 * them, and changes to accounts are writes that move the mark.
 */
@Provider
@KeptAnswer
@Priority(Priorities.USER)
public class ReadsAnsweredAgain implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final String READING = ReadsAnsweredAgain.class.getName();

    /** The request being answered afresh, with the mark and the instant it is read under. */
    private record Reading(String request, long mark, Instant at) {
    }

    @Inject
    KeptAnswers kept;

    @Inject
    ChangeMark changes;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        // The caller first, up to a line break, which neither a user name, a path nor a header holds.
        String key = (caller == null ? "" : caller.getName()) + "\n"
                + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + " " + request.getHeaderString(HttpHeaders.ACCEPT);
        long mark = changes.current();
        Instant now = clock.instant();
        KeptAnswers.Answer answer = kept.find(key, mark, now);
        if (answer == null) {
            request.setProperty(READING, new Reading(key, mark, now));
            return;
        }
        Response.ResponseBuilder again = Response.ok(answer.body(), answer.mediaType());
        answer.headers().forEach((name, values) -> values.forEach(v -> again.header(name, v)));
        request.abortWith(again.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != Response.Status.OK.getStatusCode()) {
            request.removeProperty(READING);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(READING) instanceof Reading reading)) {
            context.proceed();
            return;
        }
        var body = new ByteArrayOutputStream();
        OutputStream out = context.getOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                body.write(b, off, len);
            }
        });
        context.proceed();
        Map<String, List<String>> headers = context.getHeaders().entrySet().stream()
                .filter(h -> !h.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))
                .collect(Collectors.toMap(Map.Entry::getKey, h -> h.getValue().stream().map(String::valueOf).toList()));
        kept.keep(reading.request(), new KeptAnswers.Answer(reading.mark(),
                KeptAnswers.until(reading.at(), ChangesWithTime.earliest(List.of(context.getEntity()))),
                String.valueOf(context.getMediaType()), headers, body.toByteArray()));
    }
}
