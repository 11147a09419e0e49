package dev.zhibiao.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years listed before 分别 (2021年和2022年营收分别为30亿元和45亿元, 2015和2016年同期增速分别为3.3%、0.5%): the i-th amount
 * after 分别 is of the i-th year, and the years are no part of what the amounts measure. The first year may be written
 * without 年, which the last one stands for.
 */
public final class RespectiveYears {
    public static final String RESPECTIVELY = "分别";
    private static final String YEAR = "(?:19|20)\\d{2}(?:年度|财年|年)?";
    private static final Pattern LIST = Pattern.compile("(?<![0-9])" + YEAR + "(?:[和、与及]" + YEAR + ")+(?=[^0-9])");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");

    private RespectiveYears() {
    }

    /** The last list of years in text[from, to), or null. */
    public static Span listIn(CharSequence text, int from, int to) {
        Matcher m = LIST.matcher(text).region(from, to);
        Span last = null;
        while (m.find()) {
            last = new Span(m.start(), m.end());
        }
        return last;
    }

    /** The years of a list {@link #listIn} found, in order ("2015", "2016"). */
    public static List<String> years(CharSequence text, Span list) {
        List<String> years = new ArrayList<>();
        Matcher m = YEAR_DIGITS.matcher(text).region(list.start(), list.end());
        while (m.find()) {
            years.add(m.group());
        }
        return years;
    }
}
