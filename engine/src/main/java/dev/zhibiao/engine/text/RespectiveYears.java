package dev.zhibiao.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years listed before 分别 (2021年和2022年营收分别为30亿元和45亿元, 2015和2016年同期增速分别为3.3%、0.5%): the i-th amount
 * after 分别 is of the i-th year, and the years are no part of what the amounts measure. The first year may be written
 * without 年, which the last one stands for. A year of a half, a quarter or months (2020年和2021年上半年, 2021年1-6月)
 * lists no whole years.
 */
public final class RespectiveYears {
    public static final String RESPECTIVELY = "分别";
    private static final String YEAR = "(?:19|20)\\d{2}(?:年度|财年|年)?+";
    private static final String LIST = "(?<![0-9])" + YEAR + "(?:[和、与及]" + YEAR + ")+(?![0-9上下前一二三四第])";
    private static final Pattern LIST_PATTERN = Pattern.compile(LIST);
    private static final LeadingScan LISTS = new LeadingScan("12", LIST);
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");

    private RespectiveYears() {
    }

    /** The last list of years in text[from, to), or null (a label's words, 渣打集团2022和2023财年每股盈测). */
    public static Span listIn(CharSequence text, int from, int to) {
        Matcher m = LIST_PATTERN.matcher(text).region(from, to);
        Span last = null;
        while (m.find()) {
            last = new Span(m.start(), m.end());
        }
        return last;
    }

    /** The lists of years of a text that a 分别 after them in their sentence pairs with amounts, in text order. */
    public static List<Span> pairedIn(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = LISTS.matcher(text);
        for (int from = 0; LISTS.find(m, text, from); from = LeadingScan.after(m)) {
            for (int k = m.end(); k < text.length() && !Segmenter.endsSentence(text.charAt(k)); k++) {
                if (text.startsWith(RESPECTIVELY, k)) {
                    out.add(new Span(m.start(), m.end()));
                    break;
                }
            }
        }
        return out;
    }

    /** The years of a list, in order ("2015", "2016"). */
    public static List<String> years(CharSequence text, Span list) {
        List<String> years = new ArrayList<>();
        Matcher m = YEAR_DIGITS.matcher(text).region(list.start(), list.end());
        while (m.find()) {
            years.add(m.group());
        }
        return years;
    }
}
