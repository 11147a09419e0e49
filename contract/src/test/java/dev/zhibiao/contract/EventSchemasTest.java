package dev.zhibiao.contract;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSchemasTest {
    @Test
    void payloadsWrittenByTheContractMappingAreValid() {
        assertEquals(List.of(), EventSchemas.problems(EventType.RAW_POST, Json.write(SampleEvents.rawPost())));
        assertEquals(List.of(), EventSchemas.problems(EventType.INDICATORS_EXTRACTED,
                Json.write(SampleEvents.indicatorsExtracted())));
    }

    @Test
    void aPayloadWithoutARequiredPropertyIsInvalid() {
        String withoutId = Json.write(new RawPost(null, "x.md", "content", Instant.now()));
        List<String> problems = EventSchemas.problems(EventType.RAW_POST, withoutId);
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).contains("postId"), problems.toString());
        assertThrows(IllegalArgumentException.class, () -> EventSchemas.validate(EventType.RAW_POST, withoutId));
    }

    @Test
    void aQualifierOutsideTheEnumerationIsInvalid() {
        String json = Json.write(SampleEvents.indicatorsExtracted()).replace("\"EXACT\"", "\"ROUGHLY\"");
        assertFalse(EventSchemas.problems(EventType.INDICATORS_EXTRACTED, json).isEmpty());
    }
}
