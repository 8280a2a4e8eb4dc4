package org.dronecoalition.web.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.dronecoalition.domain.shared.AccessDeniedException;
import org.dronecoalition.domain.shared.ConflictException;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.InvalidInputException;
import org.dronecoalition.domain.shared.UnknownEntityException;

/** The one place where the domain's refusals become HTTP statuses. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        List<Problem.FieldError> fields = e.field() == null
                ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        if (e instanceof InvalidInputException) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage(), fields);
        }
        if (e instanceof UnknownEntityException) {
            return Problem.response(Status.NOT_FOUND, e.getMessage(), fields);
        }
        if (e instanceof ConflictException) {
            return Problem.response(Status.CONFLICT, e.getMessage(), fields);
        }
        if (e instanceof AccessDeniedException denied && !denied.authenticated()) {
            Response problem = Problem.response(Status.UNAUTHORIZED, e.getMessage(), fields);
            return Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"coalition\"").build();
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(Status.FORBIDDEN, e.getMessage(), fields);
        }
        return Problem.response(Status.BAD_REQUEST, e.getMessage(), fields);
    }
}
