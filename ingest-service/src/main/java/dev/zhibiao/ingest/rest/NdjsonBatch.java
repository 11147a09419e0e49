package dev.zhibiao.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.zhibiao.contract.Json;
import dev.zhibiao.ingest.service.BatchEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch body: one JSON object per line, {@code {"name": "2021-12-08-x.md", "content": "---\ntitle: …"}}.
 * Blank lines are skipped; a line that is no such object becomes an unreadable entry, so the others still count.
 */
final class NdjsonBatch {
    static final String MEDIA_TYPE = "application/x-ndjson";
    static final String FORMAT = "one JSON object per line: {\"name\": \"2021-12-08-x.md\", \"content\": \"<the post file>\"}";

    /** The fields of a line; anything else on it is ignored. */
    private record Line(String name, String content) {
    }

    private static final ObjectReader LINE = Json.mapper().readerFor(Line.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private NdjsonBatch() {
    }

    static List<BatchEntry> read(String body) {
        List<BatchEntry> entries = new ArrayList<>();
        int number = 0;
        for (int start = 0; start < body.length(); ) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            number++;
            String text = body.substring(start, end).strip();
            if (!text.isEmpty()) {
                entries.add(entry(number, text));
            }
            start = end + 1;
        }
        return entries;
    }

    /** The lines of a body that could not be read as text: how many posts it meant to carry. */
    static int lines(byte[] body) {
        int lines = 0;
        for (byte b : body) {
            if (b == '\n') {
                lines++;
            }
        }
        return body.length > 0 && body[body.length - 1] != '\n' ? lines + 1 : lines;
    }

    private static BatchEntry entry(int number, String text) {
        String problem = "it does not start with '{'";
        if (text.charAt(0) == '{') {
            try {
                Line line = LINE.readValue(text);
                return BatchEntry.read(number, line.name(), line.content());
            } catch (JsonProcessingException e) {
                problem = e.getOriginalMessage();
            }
        }
        return BatchEntry.unreadable(number, "line " + number + " is not a post (" + problem + "); send " + FORMAT);
    }
}
