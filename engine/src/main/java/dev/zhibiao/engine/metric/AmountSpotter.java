package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Qualifier;
import dev.zhibiao.engine.quantity.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rough spans of the amounts in a paragraph, for callers that pass no quantities: the labeler only needs where
 * amounts are (to cut phrases at them), not their values.
 */
final class AmountSpotter {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![第0-9.A-Za-z])(?:[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两三四五六七八九十百千]+)(?:万|亿|千|百)*(?:多|余)?"
                    + "(?<unit>个百分点|百分点|平方公里|平方米|立方米|公里|公顷|公斤|千克|港元|美元|欧元|元|人次|批次|小时|个月"
                    + "|[%％倍名个人户件条次亩米吨岁天项家所份期面株座头只斤处批场部台辆套间栋克周成位口])");

    private AmountSpotter() {
    }

    static List<Quantity> inParagraphOf(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return in(text, start, end < 0 ? text.length() : end);
    }

    static List<Quantity> inParagraphs(String text) {
        return in(text, 0, text.length());
    }

    private static List<Quantity> in(String text, int start, int end) {
        Matcher m = AMOUNT.matcher(text).region(start, end);
        List<Quantity> found = new ArrayList<>();
        while (m.find()) {
            found.add(new Quantity(m.start(), m.end(), m.group(), BigDecimal.ZERO, null, m.group("unit"), Qualifier.EXACT,
                    null, null));
        }
        return found;
    }
}
