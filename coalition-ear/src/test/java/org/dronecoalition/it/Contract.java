package org.dronecoalition.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * Holds every REST Assured exchange with the API to the OpenAPI document the server serves, both
 * ways: every response must be one the document describes for that operation (status, content
 * type, schema), and a request the document rejects must be rejected by the server too (a 4xx),
 * so that what the server accepts is never wider than what the document promises.
 */
final class Contract implements Filter {

    private static final Set<String> UNKNOWN = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    private Contract(String document) {
        // A server may disregard Accept (RFC 9110, 12.5.1): the API answers with what the document says.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withBasePathOverride("/coalition")
                .withLevelResolver(LevelResolver.create().withLevel("validation.request.accept.notAllowed",
                        ValidationReport.Level.IGNORE).build())
                .build();
    }

    static Contract ofServedDocument() {
        return new Contract(servedDocument());
    }

    /** The document, waiting up to three minutes for a server that does not answer yet. */
    static String servedDocument() {
        HttpRequest get = HttpRequest.newBuilder(URI.create(Api.SERVER_URL + "/openapi"))
                .header("Accept", "application/json").build();
        HttpClient client = HttpClient.newHttpClient();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> answer = client.send(get, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 || attempt == 90) {
                    return answer.body();
                }
            } catch (IOException e) {
                if (attempt == 90) {
                    throw new UncheckedIOException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        if (!request.getURI().startsWith(Api.BASE_URL + "/api/")) {
            return response;
        }
        ValidationReport sent = validator.validateRequest(RestAssuredRequest.of(request));
        String exchange = request.getMethod() + " " + request.getURI() + " -> " + response.statusCode();
        if (sent.getMessages().stream().anyMatch(m -> UNKNOWN.contains(m.getKey()))) {
            // No operation to hold it to: the server must say so with a problem.
            if (response.statusCode() != 404 && response.statusCode() != 405) {
                throw new AssertionError("An operation the document does not list answered: " + exchange);
            }
            return response;
        }
        ValidationReport received = validator.validateResponse(URI.create(request.getURI()).getPath(),
                Request.Method.valueOf(request.getMethod()), RestAssuredResponse.of(response));
        if (received.hasErrors()) {
            throw new AssertionError("The response is not what the API document describes: " + exchange + "\n"
                    + received + "\n" + response.asString());
        }
        if (sent.hasErrors() && response.statusCode() < 400) {
            throw new AssertionError("The server accepted a request that the API document rejects: " + exchange
                    + "\n" + sent);
        }
        return response;
    }
}
