package dev.zhibiao.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schemas in the jar stay backward compatible with the released v1 schemas, frozen in
 * src/test/resources/schemas-released/v1. A change that fails here needs a new event type version (….v2), not an
 * edit of the frozen copy.
 */
class SchemaCompatibilityTest {
    @ParameterizedTest
    @EnumSource(EventType.class)
    void currentSchemaIsCompatibleWithTheReleasedOne(EventType type) throws IOException {
        JsonNode released = load("schemas-released/v1/" + fileName(type));
        JsonNode current = load(type.schemaResource());
        assertEquals(List.of(), SchemaCompatibility.problems(released, current),
                type.schemaResource() + " breaks the released " + type.type());
    }

    @Test
    void addingAnOptionalPropertyIsCompatible() throws IOException {
        JsonNode released = indicatorsSchema();
        ObjectNode current = released.deepCopy();
        ((ObjectNode) current.at("/$defs/IndicatorRecord/properties")).putObject("confidence").put("type", "number");
        assertEquals(List.of(), SchemaCompatibility.problems(released, current));
    }

    @Test
    void removingAPropertyIsReported() throws IOException {
        JsonNode released = indicatorsSchema();
        ObjectNode current = released.deepCopy();
        ((ObjectNode) current.at("/$defs/RegionRef/properties")).remove("path");
        assertReports(released, current, "/$defs/RegionRef/properties/path: removed");
    }

    @Test
    void requiringAPropertyIsReported() throws IOException {
        JsonNode released = indicatorsSchema();
        ObjectNode current = released.deepCopy();
        ((ArrayNode) current.at("/$defs/IndicatorRecord/required")).add("metric");
        assertReports(released, current, "/$defs/IndicatorRecord: property 'metric' became required");
    }

    @Test
    void narrowingATypeIsReported() throws IOException {
        JsonNode released = indicatorsSchema();
        ObjectNode current = released.deepCopy();
        ((ObjectNode) current.at("/$defs/IndicatorRecord/properties/value")).put("type", "integer");
        assertReports(released, current, "/$defs/IndicatorRecord/properties/value: type 'number' no longer accepted");
    }

    @Test
    void wideningATypeIsCompatible() throws IOException {
        JsonNode released = indicatorsSchema();
        ObjectNode current = released.deepCopy();
        ((ObjectNode) current.at("/$defs/IndicatorRecord/properties/start")).put("type", "number");
        assertEquals(List.of(), SchemaCompatibility.problems(released, current));
    }

    @Test
    void removingAnEnumValueIsReported() throws IOException {
        JsonNode released = indicatorsSchema();
        ObjectNode current = released.deepCopy();
        ArrayNode qualifiers = (ArrayNode) current.at("/$defs/IndicatorRecord/properties/qualifier/enum");
        qualifiers.remove(qualifiers.size() - 1);
        assertReports(released, current, "/$defs/IndicatorRecord/properties/qualifier: enum value RANGE removed");
    }

    @Test
    void closingAnObjectIsReported() throws IOException {
        JsonNode released = indicatorsSchema();
        ObjectNode current = released.deepCopy();
        ((ObjectNode) current.at("/$defs/PostRecord")).put("additionalProperties", false);
        assertReports(released, current, "/$defs/PostRecord: additionalProperties became false");
    }

    private static void assertReports(JsonNode released, JsonNode current, String expected) {
        List<String> problems = SchemaCompatibility.problems(released, current);
        assertTrue(problems.contains(expected), "expected '" + expected + "' in " + problems);
    }

    private static JsonNode indicatorsSchema() throws IOException {
        return load(EventType.INDICATORS_EXTRACTED.schemaResource());
    }

    private static String fileName(EventType type) {
        return type.schemaResource().substring(type.schemaResource().lastIndexOf('/') + 1);
    }

    private static JsonNode load(String resource) throws IOException {
        try (InputStream in = SchemaCompatibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return Json.mapper().readTree(in);
        }
    }
}
