package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.FutureMarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts a whole moved by 将 or 把 is divided into (《细则》将食品添加剂的生产许可分为…等6个细类, 学校把课程分为基础、提高
 * 两个模块): the parts counted are the whole's (食品添加剂的生产许可细类, 课程模块); the doer and the examples of the parts
 * name nothing of them.
 */
final class Partitions {
    /** The character every verb of dividing holds: without it in the words before the amount nothing is divided. */
    private static final char DIVIDING = '分';
    /**
     * 将 or 把 marking the object moved: not in the words they begin (将近, 将来, 把握, 把关, the soldiers 将士, 将军), nor 将
     * of the future before a coverb or an adverb (项目将按照进度分为…, 培训将在下月分为…, 将逐步分为…); 即将 is future too.
     */
    private static final String DISPOSAL_MARK = "(?!" + String.join("|", Phrases.WORDS_WITH_DISPOSAL_MARK) + ")"
        + "(?:(?<!即)将(?!" + FutureMarks.WORDS_AFTER_WILL + "|按|从|以|由|重新|统一|再|又|也|可|分别)|把)";
    /**
     * 将 or 把 moving an object, the whole, then the verb dividing it (分为, 划分为, 划分成为, 细分成), in the amount's clause;
     * the whole holds no other amount, in figures or in words (把三个村分为…).
     */
    private static final Pattern DIVIDED_WHOLE = Pattern.compile(DISPOSAL_MARK
        + "([^，,。；;：:将把0-9０-９零〇一二两三四五六七八九十百千万]{2,16}?)(?:[划细区]?分)(?:成为|为|成)");
    /**
     * A coverb of manner after the whole (学生按年级分为…, 全县按照地域划分为…): how it is divided, no part of it; 按 covers
     * 按照, only where it starts counts.
     */
    private static final Pattern MANNER = Pattern.compile("按|依照|依据|根据");

    private Partitions() {
    }

    /** The whole's parts ({@code 课程模块}) when the label ends with the noun of the parts; else the label. */
    static String named(QuantityScope scope, String label) {
        if (!scope.quantity.counted()) {
            return label;
        }
        String before = scope.text.substring(scope.clause.start(), Math.max(scope.clause.start(), scope.quantity.start()));
        if (before.indexOf(DIVIDING) < 0) {
            return label;
        }
        Matcher divided = DIVIDED_WHOLE.matcher(before);
        if (!divided.find()) {
            return label;
        }
        String whole = divided.group(1);
        Matcher manner = MANNER.matcher(whole);
        whole = manner.find() ? whole.substring(0, manner.start()) : whole;
        if (whole.length() < 2 || !Phrases.isChinese(whole) || label.startsWith(whole)) {
            return label;
        }
        String parts = scope.nounAfter();
        return parts.isEmpty() || !label.endsWith(parts) ? label : whole + parts;
    }
}
