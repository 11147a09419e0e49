package dev.zhibiao.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The served AsyncAPI document describes exactly the contract's topics, event types, headers and schemas. */
class AsyncApiDocumentTest {
    private static final String SERVED_ROOT = "META-INF/resources/";
    private static JsonNode document;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = resource(SERVED_ROOT + "asyncapi.yaml")) {
            assertNotNull(in, "asyncapi.yaml is not served from the contract jar");
            document = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3Document() {
        assertTrue(document.path("asyncapi").asText().startsWith("3."), document.path("asyncapi").asText());
    }

    @Test
    void everyTopicIsAChannelAndEveryChannelATopic() {
        Set<String> addresses = StreamSupport.stream(document.path("channels").spliterator(), false)
                .map(channel -> channel.path("address").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Topics.all()), addresses);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsAMessageWithItsHeadersAndSchema(EventType type) {
        JsonNode message = StreamSupport.stream(document.at("/components/messages").spliterator(), false)
                .filter(m -> m.path("name").asText().equals(type.type())).findFirst()
                .orElseThrow(() -> new AssertionError("no message named " + type.type()));
        JsonNode typed = message.at("/headers/allOf/1/properties");
        assertEquals(type.type(), typed.at("/ce_type/const").asText());
        assertEquals(type.dataSchema().toString(), typed.at("/ce_dataschema/const").asText());
        assertEquals(type.schemaResource(), message.at("/payload/schema/$ref").asText());
        assertEquals("#/components/schemas/CloudEventHeaders", message.at("/headers/allOf/0/$ref").asText());
        assertTrue(StreamSupport.stream(document.path("channels").spliterator(), false)
                        .anyMatch(c -> c.path("address").asText().equals(type.topic())
                                && c.path("messages").toString().contains("/components/messages/")),
                type.topic() + " has no message");
    }

    @Test
    void everyPayloadReferenceIsASchemaOfTheContract() {
        for (JsonNode message : document.at("/components/messages")) {
            String ref = message.at("/payload/schema/$ref").asText();
            try (InputStream in = resource(SERVED_ROOT + ref)) {
                assertNotNull(in, message.path("name").asText() + " refers to " + ref + ", which is not served");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void headerSchemasNameEveryContractHeader() {
        List<String> cloudEventHeaders = List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID,
                CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME,
                CloudEventHeaders.DATA_SCHEMA, CloudEventHeaders.CONTENT_TYPE);
        assertEquals(new TreeSet<>(cloudEventHeaders), fieldNames(document.at("/components/schemas/CloudEventHeaders/properties")));
        assertEquals(new TreeSet<>(constants(DeadLetterHeaders.class)),
                fieldNames(document.at("/components/schemas/DeadLetterHeaders/properties")));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Values of the public static String constants of a constants class. */
    private static List<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(AsyncApiDocumentTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream resource(String name) {
        return AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(name);
    }
}
