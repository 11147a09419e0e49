package dev.zhibiao.engine.post;

import dev.zhibiao.contract.PostIds;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.Span;

/**
 * Parses a Jekyll/Hexo markdown post (YAML front matter + HTML/Markdown body) into a {@link ParsedPost}.
 * Thread-safe.
 */
public final class PostParser {
    /** Chinese news sites publish in Beijing time; a date without an offset is read in it. */
    public static final ZoneOffset DEFAULT_OFFSET = ZoneOffset.ofHours(8);
    private static final Pattern DATE_TIME = Pattern.compile(
            "^(\\d{4}-\\d{1,2}-\\d{1,2})(?:[ T](\\d{1,2}:\\d{2}(?::\\d{2})?))?(?:\\s*([+-]\\d{2}:?\\d{2}|Z))?$");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("(?:^|/)(\\d{4}-\\d{2}-\\d{2})-[^/]*$");

    private final FrontMatterReader frontMatterReader = new FrontMatterReader();

    /**
     * @param content  the whole post file
     * @param fileName its file name or path (for the id and the Jekyll date prefix), or null
     */
    public ParsedPost parse(String content, String fileName) {
        if (content == null || content.isBlank()) {
            throw new PostFormatException("the post is empty");
        }
        FrontMatter fm = frontMatterReader.read(content.replace("\r\n", "\n"));
        String title = BodyText.paragraphs(fm.string("title")).stream().findFirst().orElse("");
        BodyText.Body body = BodyText.read(fm.body());
        if (body.paragraphs().isEmpty()) {
            throw new PostFormatException("the post has no body text after its front matter");
        }
        StringBuilder text = new StringBuilder(title);
        int titleEnd = title.length();
        Span[] spans = new Span[body.paragraphs().size()];
        for (int i = 0; i < spans.length; i++) {
            text.append('\n');
            spans[i] = new Span(text.length(), text.length() + body.paragraphs().get(i).length());
            text.append(body.paragraphs().get(i));
        }
        OffsetDateTime published = date(fm.fields().get("date")).or(() -> fileNameDate(fileName)).orElse(null);
        return new ParsedPost(PostIds.of(fileName, content), title, published, list(fm.fields().get("categories")),
                list(fm.fields().get("tags")), text.toString(), titleEnd, tables(body.tables(), spans));
    }

    private static List<PostTable> tables(List<BodyText.TableLayout> layouts, Span[] paragraphs) {
        return layouts.stream().map(layout -> {
            Span[][] slots = new Span[layout.grid().length][];
            for (int r = 0; r < slots.length; r++) {
                int[] row = layout.grid()[r];
                slots[r] = new Span[row.length];
                for (int c = 0; c < row.length; c++) {
                    slots[r][c] = row[c] < 0 ? null : paragraphs[row[c]];
                }
            }
            return new PostTable(slots);
        }).toList();
    }

    /** A raw text snippet without front matter (the CLI's .txt inputs and --text): the whole text is the body. */
    public ParsedPost parseSnippet(String content, String fileName) {
        List<String> paragraphs = BodyText.paragraphs(content == null ? "" : content);
        String text = String.join("\n", paragraphs);
        return new ParsedPost(PostIds.of(fileName, text), "", null, List.of(), List.of(), text, 0, List.of());
    }

    private static Optional<OffsetDateTime> date(Object value) {
        if (value instanceof Date d) {
            return Optional.of(d.toInstant().atOffset(DEFAULT_OFFSET));
        }
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(value.toString().trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("yyyy-M-d"));
            LocalDateTime at = m.group(2) == null ? day.atStartOfDay()
                    : LocalDateTime.of(day, java.time.LocalTime.parse(pad(m.group(2))));
            ZoneOffset offset = m.group(3) == null ? DEFAULT_OFFSET : ZoneOffset.of(colon(m.group(3)));
            return Optional.of(at.atOffset(offset));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<OffsetDateTime> fileNameDate(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Matcher m = FILE_NAME_DATE.matcher(fileName.replace('\\', '/'));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)).atStartOfDay().atOffset(DEFAULT_OFFSET));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String pad(String time) {
        String t = time.length() == 4 || time.length() == 7 ? "0" + time : time;
        return t.length() == 5 ? t + ":00" : t;
    }

    private static String colon(String offset) {
        if (offset.equals("Z") || offset.contains(":")) {
            return offset;
        }
        return offset.substring(0, 3) + ":" + offset.substring(3);
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return List.of(value.toString().trim().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
    }
}
