package dev.zhibiao.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a Kafka record is a conforming event of a type: the CloudEvents headers of binary mode with the type's
 * attributes, and a payload valid against the type's JSON Schema. Producers' tests check every event they write
 * with it; consumers may use it to reject what they cannot trust.
 */
public final class EventConformance {
    private EventConformance() {
    }

    /**
     * @param headers the record's headers as UTF-8 strings (last value of each name)
     * @return what is wrong with the record as an event of {@code type}; empty when it conforms
     */
    public static List<String> problems(EventType type, String key, Map<String, String> headers, String payload) {
        List<String> problems = new ArrayList<>();
        expect(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0, problems);
        expect(headers, CloudEventHeaders.TYPE, type.type(), problems);
        expect(headers, CloudEventHeaders.DATA_SCHEMA, type.dataSchema().toString(), problems);
        expect(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON, problems);
        expect(headers, CloudEventHeaders.SUBJECT, key, problems);
        for (String required : List.of(CloudEventHeaders.ID, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME)) {
            if (headers.getOrDefault(required, "").isBlank()) {
                problems.add("header " + required + " is missing");
            }
        }
        if (key == null || key.isBlank()) {
            problems.add("the record has no key (the post id)");
        }
        problems.addAll(EventSchemas.problems(type, payload));
        return problems;
    }

    private static void expect(Map<String, String> headers, String name, String expected, List<String> problems) {
        String actual = headers.get(name);
        if (!expected.equals(actual)) {
            problems.add("header " + name + " is '" + actual + "', expected '" + expected + "'");
        }
    }
}
