package org.dronecoalition.web.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail. {@code errors} names the offending fields of a 400. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "joinedOn 2031-01-01 lies in the future (today is 2026-11-25)") String detail,
        @Schema(description = "The offending fields, for invalid input") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "joinedOn") String field, String message) {
    }

    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, errors);
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors == null ? List.of() : errors))
                .build();
    }
}
