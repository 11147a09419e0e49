package dev.zhibiao.ingest.source.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates as pages and feeds write them: ISO-8601, RFC 1123, "2024-05-06 10:00", "2024年5月6日". */
final class PublicationDates {
    /** Chinese news sites publish in Beijing time; a date without an offset is read in it. */
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final Pattern IN_TEXT = Pattern.compile(
            "(20\\d{2}|19\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private PublicationDates() {
    }

    static Optional<OffsetDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // not ISO with an offset: try the other forms
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // not RFC 1123 (RSS pubDate) either
        }
        try {
            return Optional.of(LocalDateTime.parse(v).atOffset(BEIJING));
        } catch (DateTimeParseException e) {
            return find(v);
        }
    }

    /** The first date written in running text, e.g. "来源：新华社 2024年5月6日 10:30". */
    static Optional<OffsetDateTime> find(String text) {
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return Optional.of(day.atTime(time).atOffset(BEIJING));
            } catch (java.time.DateTimeException e) {
                // 2024-13-45 is no date: look further
            }
        }
        return Optional.empty();
    }
}
