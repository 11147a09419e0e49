package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts inside the object of a coverb or after a copula (乌方对俄军两艘军舰实施打击, 警方对12名嫌疑人采取强制措施,
 * 主要原因之一是该市附近两座水坝垮塌): the doer or the topic before the coverb names no thing counted, the label starts
 * after it.
 */
final class CoverbObjects {
    /** Coverbs taking the things counted as their object, and the copula; not inside a word (方向, 面对, 但是, 对外). */
    private static final Pattern COVERB = Pattern.compile(
        "(?<![方导面走意倾双定取志动针相应反绝核比投撒流转指迈奔驶飞通])向(?![往])"
        + "|(?<![针面相应反绝核比])对(?![外比象接话于标应称照齐口等岸])"
        + "|(?<![供补交带])给(?![予力付])"
        + "|(?<![但还就只正于凡总可或要若别其而都也即不又更仍乃倒硬真确实像算])是(?![否非])");
    /** The words of the object before the amount are a few (俄军, 该市附近); more hold a predicate of their own. */
    private static final int MAX_OBJECT_BEFORE_AMOUNT = 5;
    /**
     * A recipient after 向 or 给 is a word at most before a counted one (向12名贫困户, 给两户村民); longer words go on into
     * the verb that hands the amount over (中方已向灾区提供1亿元紧急援助: the aid's, not the area's).
     */
    private static final int MAX_RECIPIENT_BEFORE_AMOUNT = 2;
    private static final String DATIVE_COVERBS = "向给";
    /** The doer or topic cut off is a word at least; what is left names a thing of two characters at least. */
    private static final int MIN_PART = 2;
    private static final char MODIFIER = '的';

    private CoverbObjects() {
    }

    /** The label from the coverb's object on when the amount is inside it; else the label. */
    static String named(QuantityScope scope, String label) {
        String left = scope.left();
        Matcher m = COVERB.matcher(left);
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        int maxObject = cut > 0 && DATIVE_COVERBS.indexOf(left.charAt(cut - 1)) >= 0
            ? MAX_RECIPIENT_BEFORE_AMOUNT : MAX_OBJECT_BEFORE_AMOUNT;
        if (cut <= MIN_PART || left.length() - cut > maxObject || left.indexOf(MODIFIER, cut) >= 0) {
            return label;
        }
        int at = label.lastIndexOf(left.substring(cut - 1));
        String rest = at < MIN_PART ? "" : label.substring(at + 1);
        return rest.length() >= MIN_PART ? rest : label;
    }
}
