package dev.zhibiao.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A post's metadata and clean text (indicator offsets point into {@code text}).
 *
 * @param id          stable post id
 * @param source      file name, path or URL it was ingested from
 * @param title       front-matter title ("" when none)
 * @param publishedAt front-matter date, or null
 * @param categories  front-matter categories
 * @param tags        front-matter tags
 * @param text        clean text: the title line, then one paragraph per line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostRecord(String id, String source, String title, OffsetDateTime publishedAt, List<String> categories,
                         List<String> tags, String text) {
}
