package dev.zhibiao.engine.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A news post reduced to what extraction needs.
 *
 * @param id          stable post id (file name stem, or a content hash when there is no name)
 * @param title       front-matter title, "" when the post has none
 * @param publishedAt front-matter date (or the date in a Jekyll file name), null when neither gives one
 * @param categories  front-matter categories
 * @param tags        front-matter tags
 * @param text        clean text: the title on the first line, then one body paragraph per line; every
 *                    indicator offset points into this string
 * @param titleEnd    offset where the title ends in {@code text} (0 without a title)
 * @param tables      the body's tables, whose cells are paragraphs of {@code text}
 */
public record ParsedPost(String id, String title, OffsetDateTime publishedAt, List<String> categories,
                         List<String> tags, String text, int titleEnd, List<PostTable> tables) {
    public ParsedPost {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        tables = List.copyOf(tables);
    }

    /** The same post under another id (the one its record was ingested with). */
    public ParsedPost withId(String newId) {
        return new ParsedPost(newId, title, publishedAt, categories, tags, text, titleEnd, tables);
    }

    /** The day the post was published in Beijing, the reference for 今年/去年, or null. */
    public LocalDate publishedOn() {
        return publishedAt == null ? null : publishedAt.atZoneSameInstant(PostParser.DEFAULT_OFFSET).toLocalDate();
    }
}
