package dev.zhibiao.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates an event payload against the JSON Schema of its {@link EventType} (draft 2020-12). */
public final class EventSchemas {
    private static final Map<EventType, Schema> SCHEMAS = load();

    private EventSchemas() {
    }

    /** What is wrong with {@code json} as a payload of {@code type}; empty when it is valid. */
    public static List<String> problems(EventType type, String json) {
        return SCHEMAS.get(type).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** @throws IllegalArgumentException listing every problem when {@code json} is not a valid payload of {@code type} */
    public static void validate(EventType type, String json) {
        List<String> problems = problems(type, json);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid " + type.type() + " payload: " + String.join("; ", problems));
        }
    }

    private static Map<EventType, Schema> load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("JSON Schema " + type.schemaResource() + " is not on the classpath");
                }
                schemas.put(type, registry.getSchema(in, InputFormat.JSON));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + type.schemaResource(), e);
            }
        }
        return schemas;
    }
}
