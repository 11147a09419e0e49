package dev.zhibiao.engine.post;

import dev.zhibiao.contract.PostIds;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
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
    /** The date forms of Jekyll and YAML: 2021-12-08, 2021-12-08 10:53:54 +0800, 2021-12-08T10:53:54.5+08:00, …Z. */
    private static final Pattern DATE_TIME = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})"
            + "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d*))?)?)?(?:\\s*(?:(Z)|([+-])(\\d{1,2})(?::?(\\d{2}))?))?$");
    /** A calendar day as written, with no rollover (2021-13-45 and 2021-02-30 are no days). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    /**
     * The years a post can have been published in: a date outside them is a placeholder (0001-01-01, 9999-12-31), not
     * a publication date, and counting 去年 or 下月 from it would give periods no calendar has.
     */
    private static final int FIRST_PUBLICATION_YEAR = 1900;
    private static final int LAST_PUBLICATION_YEAR = 2199;
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
        OffsetDateTime published = date(fm.fields().get("date")).filter(PostParser::isPublicationDate)
                .or(() -> fileNameDate(fileName).filter(PostParser::isPublicationDate)).orElse(null);
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

    private static boolean isPublicationDate(OffsetDateTime date) {
        return date.getYear() >= FIRST_PUBLICATION_YEAR && date.getYear() <= LAST_PUBLICATION_YEAR;
    }

    private static Optional<OffsetDateTime> date(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(value.toString().trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1), DAY);
            LocalDateTime at = m.group(2) == null ? day.atStartOfDay() : LocalDateTime.of(day, timeOfDay(m));
            return Optional.of(at.atOffset(offset(m)));
        } catch (DateTimeException e) {
            return Optional.empty(); // no such day, time or offset: read as no date
        }
    }

    /** The time of {@link #DATE_TIME}'s groups: hours, minutes, optional seconds and their fraction (.5 → 500 ms). */
    private static LocalTime timeOfDay(Matcher m) {
        int seconds = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String fraction = m.group(5) == null ? "" : m.group(5);
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        return LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), seconds, nanos);
    }

    /** The offset of {@link #DATE_TIME}'s groups (Z, +8, +08, +0800, +8:00, -05:30), Beijing time when none is written. */
    private static ZoneOffset offset(Matcher m) {
        if (m.group(6) != null) {
            return ZoneOffset.UTC;
        }
        if (m.group(7) == null) {
            return DEFAULT_OFFSET;
        }
        int sign = m.group(7).equals("-") ? -1 : 1;
        int minutes = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(8)), sign * minutes);
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
