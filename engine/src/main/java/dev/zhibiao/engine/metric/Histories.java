package dev.zhibiao.engine.metric;

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

    private Histories() {
    }

    static String named(QuantityScope scope, String label) {
        int end = scope.quantity.end();
        if (!YEARS.equals(scope.quantity.unit()) || !scope.text.startsWith(HISTORY, end)) {
            return label;
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
}
