package dev.zhibiao.engine.period;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A month written with its day (今天（1月22日）, 12月8日上午): the day something was said or happened. It dates an
 * event, not the period a report is about, unless it is an as-of date (截至5月13日).
 */
final class DayDates {
    private static final List<String> AS_OF = List.of("截至", "截止", "到");
    private static final int MAX_DAY_DIGITS = 3;
    private static final Pattern RELATIVE_DAY_GLOSS = Pattern.compile("[今昨明当前][天日][（(]$");

    private DayDates() {
    }

    static boolean isStatementDay(String text, PeriodMention mention) {
        return dayFollows(text, mention.end()) && AS_OF.stream().noneMatch(word -> text.startsWith(word, mention.start()));
    }

    /** Whether the date at {@code start} glosses a day named relative to the report (今天（12月24日）, 昨日（5日）). */
    static boolean glossesReportDay(String text, int start) {
        return RELATIVE_DAY_GLOSS.matcher(text.substring(Math.max(0, start - 3), start)).find();
    }

    /** Whether a day of the month (22日, 八号) is written at {@code offset}, right after a month. */
    static boolean dayFollows(String text, int offset) {
        int k = offset;
        int digits = 0;
        while (k < text.length() && digits < MAX_DAY_DIGITS && isDayDigit(text.charAt(k))) {
            k++;
            digits++;
        }
        return digits > 0 && k < text.length() && (text.charAt(k) == '日' || text.charAt(k) == '号');
    }

    private static boolean isDayDigit(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十廿".indexOf(c) >= 0;
    }
}
