package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size changed from one amount to another by a verb that says which size (公路从4.5米拓宽到6.5米, 堤坝由3米加高至5米): the
 * amounts are that size of the thing before and after the change (公路拓宽前宽度, 公路拓宽后宽度), not the thing alone.
 */
final class Widenings {
    /** Verbs changing one size of a thing, with the size they change. */
    private static final Map<String, String> SIZE_OF_VERB = Map.of(
            "拓宽", "宽度", "加宽", "宽度", "扩宽", "宽度", "延长", "长度", "加长", "长度", "加高", "高度", "增高", "高度", "加深", "深度",
            "加厚", "厚度");
    private static final String FROM = "从由";
    private static final Pattern VERB_TO = Pattern.compile("(\\p{IsHan}{2})[到至]");
    /** The verb and 到 between the two amounts are this long. */
    private static final int VERB_TO_LENGTH = 3;
    private static final String BEFORE = "前";
    private static final String AFTER = "后";
    /** Adverbs between the thing and 从 (正在加紧从…): how the change goes, no part of the thing. */
    private static final Pattern MANNER = Pattern.compile("(?:正在|正|已经|已|将|加紧|目前|还|也|计划)+$");

    private Widenings() {
    }

    /** The size before or after the change ({@code 公路拓宽前宽度}), else {@code label} as it is. */
    static String named(QuantityScope scope, String label) {
        Quantity q = scope.quantity;
        if (QuantityScope.TIME_SPAN_UNITS.contains(q.unit())) {
            return label; // 营业时间由10小时延长到12小时: a span lengthened, no size
        }
        for (Quantity other : scope.quantitiesIn(scope.sentence.start(), scope.sentence.end())) {
            boolean qIsFrom = other.start() >= q.end();
            Quantity from = qIsFrom ? q : other;
            Quantity to = qIsFrom ? other : q;
            if (to.start() - from.end() != VERB_TO_LENGTH || !from.unit().equals(to.unit()) || from.start() == 0
                    || FROM.indexOf(scope.text.charAt(from.start() - 1)) < 0) {
                continue;
            }
            Matcher verb = VERB_TO.matcher(scope.text).region(from.end(), to.start());
            String size = verb.matches() ? SIZE_OF_VERB.get(verb.group(1)) : null;
            if (size == null) {
                continue;
            }
            String thing = MANNER.matcher(label).replaceFirst("");
            return thing.isEmpty() ? label : thing + verb.group(1) + (qIsFrom ? BEFORE : AFTER) + size;
        }
        return label;
    }
}
