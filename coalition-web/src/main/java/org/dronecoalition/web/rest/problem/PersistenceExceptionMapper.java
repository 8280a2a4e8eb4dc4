package org.dronecoalition.web.rest.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Two users changed the same thing at once: the loser gets a 409 and nothing is half-written,
 * because the transaction has rolled back. A row that stayed locked too long under contention
 * (a lock timeout, a deadlock, a serialization failure) is a 503 to retry, not an error.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    private static final Set<String> CONTENTION = Set.of("HYT00", "55P03", "40P01", "40001");
    private static final Logger LOG = Logger.getLogger(PersistenceExceptionMapper.class.getName());

    @Override
    public Response toResponse(PersistenceException e) {
        if (e instanceof OptimisticLockException) {
            return Problem.response(Response.Status.CONFLICT,
                    "Someone else changed this record at the same time. Reload it and apply your change again.",
                    List.of(new Problem.FieldError("version", "stale version")));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException || isContention(t)) {
                return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                        "The record is busy with other changes; nothing was changed. Try again in a moment.",
                        List.of())).header("Retry-After", "1").build();
            }
            if (t instanceof SQLIntegrityConstraintViolationException || isUniqueViolation(t)) {
                return Problem.response(Response.Status.CONFLICT,
                        "This conflicts with data stored at the same time; nothing was changed.", List.of());
            }
        }
        LOG.log(Level.SEVERE, "Persistence failure", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The request could not be stored; nothing was changed.", List.of());
    }

    /** Lock timeout (H2 HYT00, PostgreSQL 55P03), deadlock (40P01) or serialization failure (40001). */
    private static boolean isContention(Throwable t) {
        return t instanceof java.sql.SQLException sql && CONTENTION.contains(sql.getSQLState());
    }

    /** PostgreSQL reports unique violations with SQL state 23505 but its own exception type. */
    private static boolean isUniqueViolation(Throwable t) {
        return t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState());
    }
}
