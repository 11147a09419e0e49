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
        "(?<![方导面走意倾双定取志动针相应反绝核比投撒流转指迈奔驶飞通一纵正逆])向(?![往])"
        + "|(?<![针面相应反绝核比结配派校])对(?![外比象接话于标应称照齐口等岸])"
        // 给 after a verb of handing over is part of it (分给, 租给, 发给): the things counted are who receive
        + "|(?<![供补交带分租发送卖借留献递寄让还输嫁付转])给(?![予力付])"
        + "|(?<![但还就只正于凡总可或要若别其而都也即不又更仍乃倒硬真确实像算])是(?![否非])");
    /** The words after the copula before the amount are a few (该市附近); more hold a predicate of their own. */
    private static final int MAX_OBJECT_BEFORE_AMOUNT = 5;
    /**
     * A recipient after 向 or 给 is a word at most before a counted one (向12名贫困户, 给两户村民); longer words go on into
     * the verb that hands the amount over (中方已向灾区提供1亿元紧急援助: the aid's, not the area's).
     */
    private static final int MAX_RECIPIENT_BEFORE_AMOUNT = 2;
    private static final String DATIVE_COVERBS = "向给";
    /**
     * The target of 对 before a counted one is a short word (对俄军两艘军舰, 对12名嫌疑人); longer ones hold the verb the
     * amount follows (湖南省对非洲进出口445.2亿元: the trade's, with its partner).
     */
    private static final int MAX_TARGET_BEFORE_AMOUNT = 3;
    private static final char COPULA = '是';
    /** The doer or topic cut off is a word at least; what is left names a thing of two characters at least. */
    private static final int MIN_PART = 2;
    private static final char ATTRIBUTIVE_DE = '的';
    /** The characters {@link #COVERB} matches: where none stands, it is not tried. */
    private static final String COVERB_CHARACTERS = "向对给是";

    private CoverbObjects() {
    }

    /** The label from the coverb's object on when the amount is inside it; else the label. */
    static String named(QuantityScope scope, String label) {
        String left = scope.left();
        // only a coverb among the last few characters can take the amount as its object: most labels have none
        int from = Math.max(0, left.length() - MAX_OBJECT_BEFORE_AMOUNT - 1);
        if (!PlaceWords.containsAny(left, from, COVERB_CHARACTERS)) {
            return label;
        }
        Matcher m = COVERB.matcher(left).useTransparentBounds(true).region(from, left.length());
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        char coverb = cut > 0 ? left.charAt(cut - 1) : ' ';
        int maxObject = DATIVE_COVERBS.indexOf(coverb) >= 0 ? MAX_RECIPIENT_BEFORE_AMOUNT
            : coverb == COPULA ? MAX_OBJECT_BEFORE_AMOUNT : MAX_TARGET_BEFORE_AMOUNT;
        if (cut <= MIN_PART || left.length() - cut > maxObject || left.indexOf(ATTRIBUTIVE_DE, cut) >= 0) {
            return label;
        }
        // the coverb and its object as the label holds them (…海域对俄军军舰), or opening it where the words before were
        // already cut (对俄军军舰)
        int at = label.lastIndexOf(left.substring(cut - 1));
        String rest = at >= MIN_PART || at == 0 ? label.substring(at + 1) : "";
        return rest.length() >= MIN_PART ? rest : label;
    }
}
