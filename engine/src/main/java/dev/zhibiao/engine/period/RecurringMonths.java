package dev.zhibiao.engine.period;

import dev.zhibiao.engine.text.Segmenter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Months, or the whole year (全年), written without a year that name a time of every year, not one month: a climate
 * normal (1月平均气温-17.5℃, 全年日照时数2708.4小时) or the season a yearly amount falls in (一年中降雨量主要集中在6－8月份).
 * They date no fact, and must not carry to the figures after them.
 */
final class RecurringMonths {
    /** Averages over the years that follow the month right after it (7月平均气温, 1月平均降水量, 全年日照时数). */
    private static final List<String> NORMALS = List.of("平均气温", "平均温度", "平均最高气温", "平均最低气温", "平均降水", "平均降雨",
        "日照");
    /** A sentence set against the normal (较常年同期偏高) reports one month's weather, which is a period. */
    private static final Pattern AGAINST_NORMAL = Pattern.compile("常年|偏高|偏低|同期");
    /**
     * A place's climate, not one month's weather (省气候中心发布，7月平均气温28.4℃，为1961年以来最高): the sentence names
     * its climate, a yearly normal or the season, or a second month's normal (1月平均气温-17.5℃，7月平均气温11℃).
     */
    private static final Pattern CLIMATE_PROFILE = Pattern.compile("年平均|无霜期|多年|[性带]气候|四季|冬季|夏季|月平均.*月平均");
    /**
     * 集中在 right before the month, or before the first month of a range the scan reads only the last of (6－8月份):
     * when something falls in the year, if the clause speaks of every year.
     */
    private static final Pattern FALLS_IN_BEFORE = Pattern.compile("集中(?:在|于)(?:[0-9一二三四五六七八九十]{1,2}[－—–~至到、和])?$");
    /**
     * Words of a sentence about every year (每年, 一年中, 年平均降水量): rains alone are no such word (入汛以来，降雨主要集中在
     * 7月 is this year's July).
     */
    private static final Pattern EVERY_YEAR = Pattern.compile("每年|一年中|一年之中|全年|常年|历年|多年|年降|年平均|年均");
    private static final int FALLS_IN_WORD = 6;

    private RecurringMonths() {
    }

    /** Whether the month expression (or 全年) at [start, end) names a time of every year. */
    static boolean namedAt(String text, int start, int end) {
        if (NORMALS.stream().anyMatch(w -> text.startsWith(w, end))) {
            int sentenceEnd = Segmenter.sentenceEnd(text, end);
            return CLIMATE_PROFILE.matcher(text.substring(Segmenter.sentenceStart(text, start), sentenceEnd)).find()
                && !AGAINST_NORMAL.matcher(text.substring(start, sentenceEnd)).find();
        }
        // the few characters before the month, within its clause, first: the sentence is read only after 集中在
        int wordStart = Math.max(0, start - FALLS_IN_WORD);
        for (int k = start; k > wordStart; k--) {
            if (Segmenter.endsClause(text.charAt(k - 1))) {
                wordStart = k;
                break;
            }
        }
        return FALLS_IN_BEFORE.matcher(text.substring(wordStart, start)).find()
            && EVERY_YEAR.matcher(text.substring(Segmenter.sentenceStart(text, start), start)).find();
    }
}
