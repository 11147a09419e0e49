package dev.zhibiao.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every field of the wire records, nested ones included, is a property of the payload's schema: no undocumented field. */
class SchemaDocumentsEveryFieldTest {
    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRecordComponentIsASchemaProperty(EventType type) throws IOException {
        JsonNode schema = load(type);
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(type.payloadType(), schema, schema, type.payloadType().getSimpleName(), undocumented);
        assertEquals(List.of(), undocumented, "record components missing from " + type.schemaResource());
    }

    private static void collectUndocumented(Class<?> recordType, JsonNode schemaNode, JsonNode root, String path,
                                            List<String> undocumented) {
        JsonNode properties = resolve(schemaNode, root).path("properties");
        for (RecordComponent component : recordType.getRecordComponents()) {
            JsonNode property = properties.get(component.getName());
            String componentPath = path + "." + component.getName();
            if (property == null) {
                undocumented.add(componentPath);
                continue;
            }
            Class<?> nested = nestedRecord(component.getGenericType());
            if (nested != null) {
                JsonNode nestedSchema = component.getType() == List.class ? resolve(property, root).path("items") : property;
                collectUndocumented(nested, nestedSchema, root, componentPath, undocumented);
            }
        }
    }

    /** The record type of a record-typed or List-of-records component, else null. */
    private static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    /** Follows a local {@code $ref} ("#/$defs/Name"). */
    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : root.at(ref.asText().substring(1));
    }

    private static JsonNode load(EventType type) throws IOException {
        try (InputStream in = SchemaDocumentsEveryFieldTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            return Json.mapper().readTree(in);
        }
    }
}
