package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input for every operation of the served API document, as every role and anonymously: wrong
 * types, missing fields, huge and negative numbers, long and odd texts, nulls inside lists, bad
 * paths and query values, bodies that are not JSON. Every answer must be a documented 4xx problem
 * (the {@link Contract} filter checks each one against the document), never a 5xx, and nothing may
 * be stored (the audit trail, which records every change, gains nothing from a user).
 */
class BadInputIT extends DeployedPlatform {

    private static final List<String> ROLES = Arrays.asList(null, "cso", "rep-lv", "tester", "maker");
    /** Not %00: the HTTP server refuses a NUL in the path itself, before any application sees it. */
    private static final List<String> PATH_VALUES = List.of("0", "-1", "abc", "99999999999999999999999",
            "x".repeat(300), "%25", "%C3%A9");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Integer> byStatus = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private JsonNode schemas;

    @Test
    void everyBadInputIsADocumentedProblemAndNothingIsStored() throws Exception {
        JsonNode document = new ObjectMapper().readTree(Contract.servedDocument());
        schemas = document.at("/components/schemas");
        long auditBefore = latestAuditId();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                fuzz(op.getKey(), path.getKey().substring("/api".length()), op.getValue());
            }
        }
        int sent = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Bad input: %d operations, %d requests, answers by status %s, %d failures%n",
                operations, sent, byStatus, failures.size());
        assertThat(failures, is(empty()));
        assertThat("changes stored by the bad input", changedByUsersSince(auditBefore), is(empty()));
    }

    private void fuzz(String method, String path, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            if (parameter.get("in").asText().equals("path")) {
                PATH_VALUES.forEach(value -> everyone(method, withPath(path, name, value)));
            } else if (parameter.get("in").asText().equals("query")) {
                for (String value : badQueryValues(parameter.get("schema"))) {
                    everyone(method, withPath(path, null, null) + "?" + name + "=" + value);
                }
            }
        }
        JsonNode json = operation.at("/requestBody/content/application~1json/schema");
        if (!json.isMissingNode()) {
            String target = withPath(path, null, null);
            List<String> writers = writers(operation);
            for (String body : badBodies(resolve(json))) {
                writers.forEach(role -> send(role, method, target, body));
            }
        }
    }

    /** Bodies are judged only for callers the operation admits: a user of each role it allows. */
    private static List<String> writers(JsonNode operation) {
        List<String> users = new ArrayList<>();
        operation.path("x-roles").forEach(role -> users.add(AccessMatrixIT.USERS.get(role.asText())));
        return users.isEmpty() ? Arrays.asList((String) null) : users;
    }

    private void everyone(String method, String target) {
        ROLES.forEach(role -> send(role, method, target, null));
    }

    private void send(String role, String method, String target, String body) {
        RequestSpecification request = role == null ? Api.anonymous() : Tendering.user(role);
        if (body != null) {
            request.body(body);
        }
        try {
            Response response = request.urlEncodingEnabled(false).request(method.toUpperCase(), target);
            byStatus.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                failures.add(method + " " + target + " as " + role + " -> " + response.statusCode());
            }
        } catch (AssertionError contractBroken) {
            failures.add(method + " " + target + " as " + role + ": " + contractBroken.getMessage());
        }
    }

    /** The path with one parameter set to the bad value and the others to 1, a plausible id. */
    private static String withPath(String path, String name, String value) {
        String filled = name == null ? path : path.replace("{" + name + "}", value);
        return filled.replaceAll("\\{[^}]+}", "1");
    }

    private List<String> badQueryValues(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asText();
        if (resolved.has("enum") || resolved.has("format") || type.equals("integer")) {
            return List.of("abc", "-5", "1e999", "99999999999999999999", "x".repeat(500));
        }
        return List.of();
    }

    private List<String> badBodies(JsonNode schema) {
        List<String> bodies = new ArrayList<>(List.of("not json", "[]", "null", "{\"unclosed\":", "\"text\""));
        if (schema.has("required") && !schema.get("required").isEmpty()) {
            bodies.add("{}");
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            for (JsonNode bad : badValues(resolve(property.getValue()))) {
                ObjectNode body = NODES.objectNode();
                body.set(property.getKey(), bad);
                bodies.add(body.toString());
            }
        });
        return bodies;
    }

    private static List<JsonNode> badValues(JsonNode schema) {
        String type = schema.path("type").asText();
        List<JsonNode> values = new ArrayList<>(List.of(NODES.objectNode().put("nested", 1)));
        switch (type) {
            case "integer", "number" -> values.addAll(List.of(NODES.textNode("abc"), NODES.numberNode(
                    new BigDecimal("1E+400")), NODES.numberNode(new BigDecimal(
                    "-99999999999999999999999")), NODES.numberNode(0.001)));
            case "string" -> values.addAll(List.of(NODES.numberNode(12), NODES.textNode("x".repeat(25_000)),
                    NODES.textNode("NOT-A-VALUE \u0000 \uD83D\uDE80 <script>")));
            case "array" -> values.addAll(List.of(NODES.textNode("x"), NODES.arrayNode().addNull()));
            case "boolean" -> values.add(NODES.textNode("yes"));
            default -> {
            }
        }
        return values;
    }

    /** The schema itself, behind a $ref or an allOf of one. */
    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return resolve(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    /** The highest audit event id so far: what the requests record comes after it. */
    static long latestAuditId() {
        return auditTrail().stream().mapToLong(AuditRow::id).max().orElse(0);
    }

    /**
     * The changes users made since the event {@code after}. Left out: the deadline timer, which
     * closes tenders on its own while the requests run ("system"), and the record of a user's
     * sign-in, which is not a change the request made. The whole trail is read, because tests that
     * shift the server's clock leave events whose time is not in the order of their ids.
     */
    static List<String> changedByUsersSince(long after) {
        return auditTrail().stream().filter(e -> e.id() > after && !e.actor().equals("system")
                && !e.action().equals("SIGNED_IN")).map(e -> e.actor() + " " + e.action() + " " + e.type()).toList();
    }

    private record AuditRow(long id, String actor, String action, String type) {
    }

    /** Read with Jackson: a JsonPath expression per field of each event took seconds a page. */
    private static List<AuditRow> auditTrail() {
        List<AuditRow> rows = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode events = Api.as("cso").get("/audit-events?size=100&page=" + page).then().statusCode(200)
                    .extract().as(JsonNode.class);
            pages = events.get("totalPages").asInt();
            for (JsonNode e : events.get("items")) {
                rows.add(new AuditRow(e.get("id").asLong(), e.get("actor").asText(), e.get("action").asText(),
                        e.get("aggregateType").asText()));
            }
        }
        return rows;
    }
}
