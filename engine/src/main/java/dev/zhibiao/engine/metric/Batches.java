package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.function.Function;

/**
 * A count of batches followed by the total they add up to (十批共938位志愿军烈士遗骸, 五批、共144种药品的《…清单》, 支持三批
 * 共37个枢纽城市): the batches are batches of the thing the total counts, named after it (志愿军烈士遗骸批次); what stands
 * before the count (已有, 先后制定并发布, 累计安排支持) says what was done, not what came in batches.
 */
final class Batches {
    private static final String BATCH = "批";
    private static final String BATCHES = "批次";
    private static final String TOTAL = "共";
    private static final String DESCRIBED = Phrases.MODIFIER;
    private static final char LIST_COMMA = '、';
    /** A document's title opens with its bracket (五批、共144种药品的《鼓励研发申报儿童药品清单》). */
    private static final String TITLE_OPENING = "《";

    private Batches() {
    }

    static String named(QuantityScope scope, String label, Function<Quantity, String> labelOf) {
        if (!scope.quantity.unit().equals(BATCH)) {
            return label;
        }
        String text = scope.text;
        int at = scope.quantity.end();
        if (at < text.length() && text.charAt(at) == LIST_COMMA) {
            at++;
        }
        if (!text.startsWith(TOTAL, at)) {
            return label;
        }
        Quantity total = scope.quantitiesIn(at, at + TOTAL.length() + 1).stream().findFirst().orElse(null);
        if (total == null) {
            return label;
        }
        String thing;
        if (text.startsWith(DESCRIBED, scope.chainStart - DESCRIBED.length()) && !label.isEmpty()) {
            // the batches are described before them (…设备更新的两批共1500亿元资金): the description with the thing counted
            String noun = Phrases.after(text.substring(total.end(), Math.max(total.end(), scope.clause.end())), false);
            thing = noun.isEmpty() ? "" : label + noun;
        } else {
            thing = labelOf.apply(total);
        }
        return thing.isEmpty() || !Phrases.isChinese(thing.substring(0, 1)) && !thing.startsWith(TITLE_OPENING) ? label : StrayMarks.tidy(thing + BATCHES);
    }
}
