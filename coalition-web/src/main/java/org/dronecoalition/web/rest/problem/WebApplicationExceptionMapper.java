package org.dronecoalition.web.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Errors raised by JAX-RS itself (no such path, wrong method or media type) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (e.getCause() != null && original.getStatus() == 400) {
            return UnreadableRequestMapper.unreadable(e.getCause(), resource);
        }
        Response.StatusType status = original.getStatusInfo();
        Response problem = Problem.response(status.getStatusCode(), status.getReasonPhrase(),
                e.getMessage(), List.of());
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
