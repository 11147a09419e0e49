package dev.zhibiao.engine.metric;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of history (有着200多年历史的老屋, 春晚40年历史上首个…) measure how old a thing is: they are named by that thing's
 * history (老屋历史, 春晚历史), or by 历史 alone, never by the verb of having nor by what the sentence goes on to say.
 */
final class Histories {
    private static final String YEARS = "年";
    private static final String HISTORY = "历史";
    private static final String MODIFIER = Phrases.MODIFIER;
    /** Verbs of having a history (有着, 拥有): the thing is before them or after the history's 的, they name nothing. */
    private static final Pattern HAVING = Pattern.compile("有着|拥有|具有|(?<![所没国])有(?![限关])");
    /** One thing counted or pointed at (一个, 这座): no name of the thing having the history. */
    private static final Pattern COUNTED_ONE = Pattern.compile("[一这那][个座家位条所]");
    /** Words after 历史的 that are what happened in it, no thing having it (近100年历史的变迁, 20年历史的最低水平). */
    private static final Pattern EVENT_OF_HISTORY = Pattern.compile("^(?:变迁|演变|发展|进程|长河|最[高低]|新[高低])");
    /** The thing whose history it is, after 的, is a noun this long (老屋, 伟大水利工程). */
    private static final int MIN_OWNER = 2;
    private static final int MAX_OWNER = 8;
    /**
     * Centuries or millennia before 的 (绵延5000多年的中华文明, 长江沿岸数千年的文化脉络) say how long the thing after has
     * lasted: its history, even without the word 历史. Shorter spans are terms of a deed (实施了二十年的工程, 三年多的时间).
     */
    private static final BigDecimal MIN_AGE_OF_THING = BigDecimal.valueOf(100);
    /** 距今2.8万年的地层 dates the layer; the years are no span of its life. */
    private static final String DATING = "距今";
    /** Time itself after 的 (用了100多年的时间, 千年的岁月): the years are a duration of a deed, no thing's age. */
    private static final Pattern TIME_ITSELF = Pattern.compile("^(?:时间|时光|岁月|光阴|时期|历程|间|里)");
    /** Anything but punctuation: after the thing, its clause goes on. */
    private static final Pattern NOT_CLAUSE_END = Pattern.compile("[^\\p{P}\\s]");
    /** A verb with its aspect mark (孕育着, 留下了) starts what the thing does: 中华文明孕育着丰富 → 中华文明. */
    private static final Pattern DEED_AFTER_THING = Pattern.compile("\\p{IsHan}{2}[着了]");

    private Histories() {
    }

    static String named(QuantityScope scope, String label) {
        int end = scope.quantity.end();
        if (!YEARS.equals(scope.quantity.unit())) {
            return label;
        }
        if (!scope.text.startsWith(HISTORY, end)) {
            return ageOfThing(scope, label);
        }
        int from = end + HISTORY.length();
        String after = scope.text.substring(from, Math.max(from, scope.clause.end()));
        if (after.startsWith(MODIFIER)) {
            String owner = Phrases.after(after.substring(MODIFIER.length()), false);
            if (owner.length() >= MIN_OWNER && owner.length() <= MAX_OWNER && Phrases.isChinese(owner)
                    && !EVENT_OF_HISTORY.matcher(owner).find()) {
                return owner + HISTORY;
            }
        }
        int at = label.indexOf(HISTORY);
        if (at < 0) {
            return label;
        }
        String before = label.substring(0, at);
        Matcher having = HAVING.matcher(before);
        if (!having.find()) {
            return Affixes.strip(before) + HISTORY;
        }
        // the thing having it stands before the verb (茅台酒厂有着70多年历史), else nothing names it (一个有着…历史)
        String owner = Affixes.strip(before.substring(0, having.start()));
        boolean named = owner.length() >= MIN_OWNER && owner.length() <= MAX_OWNER && !COUNTED_ONE.matcher(owner).lookingAt();
        return (named ? owner : "") + HISTORY;
    }

    /** The history of the thing centuries before 的 describe (绵延5000多年的中华文明 → 中华文明历史); else the label. */
    private static String ageOfThing(QuantityScope scope, String label) {
        int end = scope.quantity.end();
        if (!scope.text.startsWith(MODIFIER, end) || scope.quantity.value().compareTo(MIN_AGE_OF_THING) < 0
                || scope.left().endsWith(DATING)) {
            return label;
        }
        int from = end + MODIFIER.length();
        String rest = scope.text.substring(from, Math.max(from, scope.clause.end()));
        String owner = Phrases.after(rest, false);
        // the thing ends its clause (数千年的文化脉络。) or is cut before what it does (中华文明孕育着); a noun run on into
        // a predicate without an aspect mark (古城焕发新) is no thing's name
        Matcher deed = DEED_AFTER_THING.matcher(owner);
        boolean ends = !NOT_CLAUSE_END.matcher(rest).region(Math.min(owner.length(), rest.length()), rest.length()).find();
        owner = deed.find(MIN_OWNER) ? owner.substring(0, deed.start()) : ends ? owner : "";
        return owner.length() >= MIN_OWNER && owner.length() <= MAX_OWNER && Phrases.isChinese(owner)
            && !TIME_ITSELF.matcher(owner).find() ? owner + HISTORY : label;
    }
}
