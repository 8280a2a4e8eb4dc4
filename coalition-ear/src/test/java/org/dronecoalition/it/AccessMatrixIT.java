package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served API document, called anonymously and as a user of each role,
 * against the access rule the document states: a public operation never asks anyone to sign in or
 * refuses a role; a signed-in one ({@code x-roles}) answers 401 to the anonymous, 403 to every
 * role it does not list, and never refuses a listed role for its role. Nothing is changed: paths
 * name no existing resource and bodies are empty.
 */
class AccessMatrixIT extends DeployedPlatform {

    /** A demo user of each role. */
    static final Map<String, String> USERS = Map.of("CSO_ADMIN", "cso", "MEMBER_REP", "rep-lv",
            "TEST_OFFICER", "tester", "MANUFACTURER", "maker");
    private static final String ROLE_REFUSAL = "Your role ";

    private final Map<String, Integer> byStatus = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void everyOperationAnswersEachRoleAsDocumented() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(Contract.servedDocument()).get("paths");
        long auditBefore = BadInputIT.latestAuditId();
        int operations = 0;
        int secured = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                // Ids that name nothing: a listed role is let through to a 404, and nothing existing changes.
                String target = path.getKey().substring("/api".length()).replaceAll("\\{[^}]+}", "0");
                Set<String> allowed = new HashSet<>();
                op.getValue().path("x-roles").forEach(role -> allowed.add(role.asText()));
                operations++;
                secured += allowed.isEmpty() ? 0 : 1;
                check(op.getKey().toUpperCase(), target, bodyType(op.getValue()), null, allowed);
                for (String role : USERS.keySet()) {
                    check(op.getKey().toUpperCase(), target, bodyType(op.getValue()), role, allowed);
                }
            }
        }
        int sent = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Access matrix: %d operations (%d signed-in), %d requests, answers by status %s, "
                + "%d failures%n", operations, secured, sent, byStatus, failures.size());
        assertThat(secured, is(greaterThan(0)));
        assertThat(failures, is(empty()));
        assertThat("changes stored by the matrix", BadInputIT.changedByUsersSince(auditBefore), is(empty()));
    }

    private void check(String method, String target, String bodyType, String role, Set<String> allowed) {
        RequestSpecification request = role == null ? Api.anonymous() : Api.as(USERS.get(role));
        if (bodyType != null) {
            request.contentType(bodyType).body("{}".getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.urlEncodingEnabled(false).request(method, target);
        int status = response.statusCode();
        byStatus.merge(String.valueOf(status), 1, Integer::sum);
        String call = method + " " + target + " as " + (role == null ? "anonymous" : role) + " -> " + status;
        boolean refusedForRole = status == 403 && response.body().asString().contains(ROLE_REFUSAL);
        if (allowed.isEmpty() && (status == 401 || status == 403)) {
            failures.add(call + ", but the operation is public");
        } else if (!allowed.isEmpty() && role == null && status != 401) {
            failures.add(call + ", expected 401");
        } else if (role != null && !allowed.isEmpty() && !allowed.contains(role) && !refusedForRole) {
            failures.add(call + ", expected 403 for the role: allowed " + allowed);
        } else if (role != null && allowed.contains(role) && (status == 401 || refusedForRole)) {
            failures.add(call + ", but the document allows " + role);
        }
    }

    private static String bodyType(JsonNode operation) {
        Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }
}
