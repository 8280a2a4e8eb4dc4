package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is one a client generator can trust: every payload typed, arrays
 * with their items, responses naming components, no generator noise, money as decimals, and it
 * is the document in the repository that the build generates its Java client from.
 */
class ApiContractIT extends DeployedPlatform {

    static final Path COMMITTED = Path.of("src/test/openapi/coalition-api.json");
    private static final Set<String> NOISE = Set.of("maxProperties", "minProperties", "exclusiveMaximum",
            "exclusiveMinimum", "uniqueItems", "deprecated", "nullable", "readOnly", "writeOnly", "allowEmptyValue",
            "allowReserved", "minLength", "explode");
    /** Reads numbers as written: 4500000.00 stays two decimals. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    static JsonNode served;

    @BeforeAll
    static void read() throws Exception {
        served = JSON.readTree(Contract.servedDocument());
    }

    @Test
    void theServedDocumentIsTheOneInTheRepository() throws Exception {
        Path saved = Path.of(System.getProperty("coalition.reports.dir", "target"), "coalition-api.json");
        Files.writeString(saved, JSON.writeValueAsString(served) + "\n");
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        assertThat("The API changed: review " + saved + " and copy it to coalition-ear/" + COMMITTED
                + " so that clients and the generated test client follow", committed.equals(served), is(true));
    }

    @Test
    void everyPayloadIsTyped() {
        Map<String, List<String>> defects = new TreeMap<>();
        served.get("components").get("schemas").fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), defects));
        served.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            op.getValue().path("parameters").forEach(p -> walk(p.get("schema"), where + " ?" + p.get("name"), defects));
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(m ->
                    named(m.getKey(), m.getValue().get("schema"), where + " body", defects));
            op.getValue().get("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields()
                    .forEachRemaining(m -> named(m.getKey(), m.getValue().get("schema"),
                            where + " " + r.getKey(), defects)));
        }));
        System.out.println("API document: " + served.get("paths").size() + " paths, "
                + served.get("components").get("schemas").size() + " schemas; defects by kind: " + counts(defects));
        assertThat(defects, is(anEmptyMap()));
    }

    @Test
    void onlyStandardKeysAndNoInternalTypes() {
        List<String> keys = new ArrayList<>();
        served.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.stream().filter(k -> !Set.of("openapi", "info", "servers", "tags", "paths", "components")
                .contains(k)).toList(), is(empty()));
        List<String> names = new ArrayList<>();
        served.get("components").get("schemas").fieldNames().forEachRemaining(names::add);
        assertThat(names.stream().filter(n -> n.endsWith("Backing") || n.endsWith("View")).toList(), is(empty()));
        assertThat(names, hasItems("Tender", "TenderPage", "TenderStatus", "LedgerEntry", "Problem"));
    }

    @Test
    void moneyIsADecimalWithTwoPlaces() {
        JsonNode amount = served.at("/components/schemas/LedgerEntry/properties/amount");
        assertThat(amount.get("type").asText(), is("number"));
        assertThat(amount.get("multipleOf").decimalValue().toPlainString(), is("0.01"));
        assertThat(served.at("/components/schemas/Tender/properties/budgetCeiling/example").decimalValue().scale(),
                is(2));
    }

    private static void named(String media, JsonNode schema, String where, Map<String, List<String>> defects) {
        boolean json = media.equals("application/json") || media.endsWith("+json");
        boolean ref = schema.has("$ref") || schema.path("items").has("$ref");
        if (json && !ref) {
            defects.computeIfAbsent("inline payload", k -> new ArrayList<>()).add(where);
        }
        walk(schema, where, defects);
    }

    private static void walk(JsonNode schema, String where, Map<String, List<String>> defects) {
        if (schema == null || schema.has("$ref")) {
            return;
        }
        String type = schema.path("type").asText(null);
        if (type == null && !schema.has("allOf") && !schema.has("format")) {
            defects.computeIfAbsent("untyped", k -> new ArrayList<>()).add(where);
        }
        if ("object".equals(type) && !schema.has("properties") && !schema.has("additionalProperties")) {
            defects.computeIfAbsent("bare object", k -> new ArrayList<>()).add(where);
        }
        if ("array".equals(type) && !schema.has("items")) {
            defects.computeIfAbsent("array without items", k -> new ArrayList<>()).add(where);
        }
        if ("array".equals(type) && "array".equals(schema.path("items").path("type").asText())) {
            defects.computeIfAbsent("array of arrays", k -> new ArrayList<>()).add(where);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (NOISE.contains(e.getKey()) && (e.getValue().asText().equals("false") || e.getValue().asText()
                    .equals("0"))) {
                defects.computeIfAbsent("noise", k -> new ArrayList<>()).add(where + "." + e.getKey());
            }
        }
        schema.path("properties").fields().forEachRemaining(p -> walk(p.getValue(), where + "/" + p.getKey(), defects));
        walk(schema.get("items"), where + "[]", defects);
        if (schema.path("additionalProperties").isObject()) {
            walk(schema.get("additionalProperties"), where + "{}", defects);
        }
        schema.path("allOf").forEach(s -> walk(s, where + "&", defects));
    }

    private static Map<String, Integer> counts(Map<String, List<String>> defects) {
        Map<String, Integer> counts = new TreeMap<>();
        defects.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }
}
