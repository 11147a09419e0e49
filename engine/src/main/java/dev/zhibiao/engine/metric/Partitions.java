package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts a whole moved by 将 or 把 is divided into (《细则》将食品添加剂的生产许可分为…等6个细类, 学校把课程分为基础、提高
 * 两个模块): the parts counted are the whole's (食品添加剂的生产许可细类, 课程模块); the doer and the examples of the parts
 * name nothing of them.
 */
final class Partitions {
    /** 将 or 把, the whole, then the verb dividing it, in the amount's clause; the whole holds no other amount. */
    private static final Pattern DIVIDED_WHOLE = Pattern.compile(
        "(?:将|把)([^，,。；;：:将把0-9０-９]{2,16}?)(?:划分为|细分为|区分为|分为|分成)");
    /** Words 将 or 把 begins that mark no object (将近, 把握). */
    private static final Pattern NOT_A_DISPOSAL = Pattern.compile("将近|将来|把握|把关");

    private Partitions() {
    }

    /** The whole's parts ({@code 课程模块}) when the label ends with the noun of the parts; else the label. */
    static String named(QuantityScope scope, String label) {
        if (!scope.quantity.counted()) {
            return label;
        }
        String before = scope.text.substring(scope.clause.start(), Math.max(scope.clause.start(), scope.quantity.start()));
        Matcher divided = DIVIDED_WHOLE.matcher(before);
        if (!divided.find() || NOT_A_DISPOSAL.matcher(before).region(divided.start(), before.length()).lookingAt()) {
            return label;
        }
        String parts = Phrases.after(scope.right(false), false);
        String whole = divided.group(1);
        if (parts.isEmpty() || !label.endsWith(parts) || !Phrases.isChinese(whole) || label.startsWith(whole)) {
            return label;
        }
        return whole + parts;
    }
}
