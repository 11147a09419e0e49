package dev.zhibiao.contract;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventConformanceTest {
    private static final String KEY = SampleEvents.rawPost().postId();

    @Test
    void aRecordWithTheTypesHeadersAndAValidPayloadConforms() {
        assertEquals(List.of(), EventConformance.problems(EventType.RAW_POST, KEY, headers(), payload()));
    }

    @Test
    void aRecordOfAnotherTypeDoesNotConform() {
        Map<String, String> headers = headers();
        headers.put(CloudEventHeaders.TYPE, EventType.INDICATORS_EXTRACTED.type());
        assertEquals(List.of("header ce_type is 'dev.zhibiao.indicators.extracted.v1', expected 'dev.zhibiao.post.raw.v1'"),
                EventConformance.problems(EventType.RAW_POST, KEY, headers, payload()));
    }

    @Test
    void aPlainRecordWithoutCloudEventsHeadersDoesNotConform() {
        List<String> problems = EventConformance.problems(EventType.RAW_POST, KEY, Map.of(), payload());
        assertTrue(problems.contains("header ce_id is missing"), problems.toString());
        assertTrue(problems.contains("header ce_specversion is 'null', expected '1.0'"), problems.toString());
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, "b6a3c1d2-0000-4000-8000-000000000000");
        headers.put(CloudEventHeaders.SOURCE, "/zhibiao/ingest-service");
        headers.put(CloudEventHeaders.TYPE, EventType.RAW_POST.type());
        headers.put(CloudEventHeaders.SUBJECT, KEY);
        headers.put(CloudEventHeaders.TIME, "2024-03-18T08:00:00Z");
        headers.put(CloudEventHeaders.DATA_SCHEMA, EventType.RAW_POST.dataSchema().toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    private static String payload() {
        return Json.write(SampleEvents.rawPost());
    }
}
