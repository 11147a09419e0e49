package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.RespectiveYears;
import dev.zhibiao.engine.text.Segmenter;

import java.util.regex.Pattern;

/**
 * What the cuts leave stray in a label: punctuation at its ends, a quote or bracket whose pair was cut off, brackets
 * left empty, the tag of a column opening a title (【…】) and 分别.
 */
final class StrayMarks {
    /** Brackets left empty by the cuts (普通高中（1900元/生•年） → 普通高中（）). */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(][）)]");
    /** A column's name opening a title (【第33届夏季奥林匹克运动会】中国体育代表团再夺3金): no part of what is measured. */
    private static final String COLUMN_TAG_OPEN = "【";
    private static final Pattern COLUMN_TAG = Pattern.compile("^【[^】]*】");
    /** 分别 pairs items with amounts; inside a label it says nothing about the thing. */
    private static final String RESPECTIVELY = RespectiveYears.RESPECTIVELY;
    /** Opening marks, and the closing mark of each at the same index: quotes, single quotes, brackets, title marks. */
    private static final String OPENING = Segmenter.OPENING_QUOTES + "‘" + Segmenter.OPENING_BRACKETS + "《【";
    static final String CLOSING = Segmenter.CLOSING_QUOTES + "’" + Segmenter.CLOSING_BRACKETS + "》】";

    private StrayMarks() {
    }

    /** Drops punctuation at the ends and quotes or brackets left unbalanced by the cuts. */
    static String tidy(String label) {
        String stripped = label.strip().replace(RESPECTIVELY, "");
        boolean bracketed = stripped.indexOf('（') >= 0 || stripped.indexOf('(') >= 0; // else no empty brackets to drop
        String s = bracketed ? EMPTY_BRACKETS.matcher(stripped).replaceAll("") : stripped;
        if (s.startsWith(COLUMN_TAG_OPEN)) {
            s = COLUMN_TAG.matcher(s).replaceFirst("");
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if (isPunctuation(first) && !(OPENING.indexOf(first) >= 0 && balanced(s, first))) {
                s = s.substring(1);
                changed = true;
            } else if (isPunctuation(last) && !(CLOSING.indexOf(last) >= 0 && balanced(s, last))) {
                s = s.substring(0, s.length() - 1);
                changed = true;
            }
        }
        return s.codePoints().anyMatch(Character::isLetter) ? s : "";
    }

    private static boolean balanced(String s, char bracket) {
        int pair = OPENING.indexOf(bracket) >= 0 ? OPENING.indexOf(bracket) : CLOSING.indexOf(bracket);
        char open = OPENING.charAt(pair);
        char close = CLOSING.charAt(pair);
        return s.chars().filter(c -> c == open).count() == s.chars().filter(c -> c == close).count();
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
