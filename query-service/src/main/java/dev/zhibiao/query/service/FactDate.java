package dev.zhibiao.query.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a fact refers to, for time series: the start of the last unit of its period, or the post's publication
 * day when the text names no period. A period names its end when it spans several units (1-7月 → July, 前三季度 →
 * Q3), because the value stated is the state at that end.
 *
 * @param date      first day of the unit
 * @param precision which buckets the fact can be placed in
 */
public record FactDate(LocalDate date, Precision precision) {
    /** Ordered from coarse to fine: a fact fits every bucket at least as coarse as its precision. */
    public enum Precision { YEAR, HALF, QUARTER, MONTH, DAY }

    // publication times arrive normalized to UTC; the day a Chinese post was published is the day in China
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    // the engine's period formats: 2021, 2022-05, 2021-01/07, 2023-Q1, 2023-Q1/Q3, 2023-H1
    private static final Pattern PERIOD = Pattern.compile(
            "^(\\d{4})(?:-(?:(\\d{2})(?:/(\\d{2}))?|Q([1-4])(?:/Q([1-4]))?|H([12])))?");

    /** The fact's date, or null when neither the period nor the publication date gives one. */
    public static FactDate of(String period, OffsetDateTime publishedAt) {
        if (period == null) {
            return publishedAt == null ? null
                    : new FactDate(publishedAt.atZoneSameInstant(CHINA).toLocalDate(), Precision.DAY);
        }
        Matcher m = PERIOD.matcher(period);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(2));
            return month >= 1 && month <= 12 ? new FactDate(LocalDate.of(year, month, 1), Precision.MONTH)
                    : new FactDate(LocalDate.of(year, 1, 1), Precision.YEAR);
        }
        if (m.group(4) != null) {
            int quarter = Integer.parseInt(m.group(5) != null ? m.group(5) : m.group(4));
            return new FactDate(LocalDate.of(year, quarter * 3 - 2, 1), Precision.QUARTER);
        }
        if (m.group(6) != null) {
            return new FactDate(LocalDate.of(year, m.group(6).equals("1") ? 1 : 7, 1), Precision.HALF);
        }
        return new FactDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }
}
