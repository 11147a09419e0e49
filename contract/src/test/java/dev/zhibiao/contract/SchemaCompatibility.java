package dev.zhibiao.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a current JSON Schema still accepts everything a released one promised, so that events written today are
 * read by consumers built against the release, and released events stay valid. A deliberately simple structural
 * check: it reports removed properties or definitions, newly required properties, narrowed types, shrunk or newly
 * added enumerations and constants, newly closed objects and changed references. It does not compare numeric or
 * length bounds, patterns or formats.
 */
final class SchemaCompatibility {
    private SchemaCompatibility() {
    }

    /** Every incompatibility of {@code current} with {@code released}, each with its JSON pointer; empty when compatible. */
    static List<String> problems(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare(released, current, "", problems);
        return problems;
    }

    private static void compare(JsonNode released, JsonNode current, String pointer, List<String> problems) {
        String at = pointer.isEmpty() ? "/" : pointer;
        if (!text(released, "$ref").equals(text(current, "$ref"))) {
            problems.add(at + ": $ref changed from '" + text(released, "$ref") + "' to '" + text(current, "$ref") + "'");
        }
        compareTypes(released, current, at, problems);
        compareValueSets(released, current, at, problems);
        if (current.path("additionalProperties").isBoolean() && !current.path("additionalProperties").asBoolean()
                && !released.path("additionalProperties").isBoolean()) {
            problems.add(at + ": additionalProperties became false");
        }
        Set<String> newlyRequired = strings(current.path("required"));
        newlyRequired.removeAll(strings(released.path("required")));
        for (String name : newlyRequired) {
            problems.add(at + ": property '" + name + "' became required");
        }
        compareMembers(released, current, "properties", pointer, problems);
        compareMembers(released, current, "$defs", pointer, problems);
        if (released.has("items")) {
            if (current.has("items")) {
                compare(released.get("items"), current.get("items"), pointer + "/items", problems);
            } else {
                problems.add(at + ": items schema removed");
            }
        }
    }

    private static void compareTypes(JsonNode released, JsonNode current, String at, List<String> problems) {
        if (!current.has("type")) {
            return;
        }
        if (!released.has("type")) {
            problems.add(at + ": type restricted to " + strings(current.path("type")));
            return;
        }
        Set<String> accepted = strings(current.path("type"));
        if (accepted.contains("number")) {
            accepted.add("integer");
        }
        for (String type : strings(released.path("type"))) {
            if (!accepted.contains(type)) {
                problems.add(at + ": type '" + type + "' no longer accepted");
            }
        }
    }

    private static void compareValueSets(JsonNode released, JsonNode current, String at, List<String> problems) {
        if (current.has("const") && !current.get("const").equals(released.get("const"))) {
            problems.add(at + ": const " + current.get("const") + " added or changed");
        }
        if (!current.has("enum")) {
            return;
        }
        if (!released.has("enum")) {
            problems.add(at + ": enum added");
            return;
        }
        Set<String> removed = strings(released.get("enum"));
        removed.removeAll(strings(current.get("enum")));
        for (String value : removed) {
            problems.add(at + ": enum value " + value + " removed");
        }
    }

    private static void compareMembers(JsonNode released, JsonNode current, String keyword, String pointer,
                                       List<String> problems) {
        Iterator<Map.Entry<String, JsonNode>> members = released.path(keyword).fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            String memberPointer = pointer + "/" + keyword + "/" + member.getKey();
            JsonNode now = current.path(keyword).get(member.getKey());
            if (now == null) {
                problems.add(memberPointer + ": removed");
            } else {
                compare(member.getValue(), now, memberPointer, problems);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    /** A string or an array of values as a set of their texts. */
    private static Set<String> strings(JsonNode node) {
        Set<String> values = new HashSet<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        } else if (!node.isMissingNode()) {
            values.add(node.asText());
        }
        return values;
    }
}
