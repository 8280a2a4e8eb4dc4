package org.dronecoalition.web.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps unexpected exceptions (an optimistic lock failure, say) in an
 * EJBException; answer for the exception inside it.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException e) {
        Throwable cause = e.getCausedByException() != null ? e.getCausedByException() : e.getCause();
        if (cause == null || cause instanceof EJBException) {
            return new UnexpectedExceptionMapper().toResponse(e);
        }
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper == null ? new UnexpectedExceptionMapper().toResponse(e) : mapper.toResponse(cause);
    }
}
