package dev.zhibiao.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * Value of {@link Topics#INDICATORS} (key = post id): everything extracted from one post.
 *
 * @param eventId          stable for the same post content and extractor version, so a replayed event is
 *                         recognized as the same
 * @param extractorVersion version of the engine that produced it
 * @param extractedAt      when it was produced
 * @param post             the post's metadata and clean text
 * @param indicators       all indicators of the post, in text order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorsExtracted(String eventId, String extractorVersion, Instant extractedAt, PostRecord post,
                                  List<IndicatorRecord> indicators) {
}
