package dev.zhibiao.engine.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heads of state's or government's residences (俄罗斯总统官邸), a target of strikes: a site with its palace's name
 * written after it (总统官邸克里姆林宫), unless the residence speaks for its government (日本首相官邸当天宣布).
 */
final class Residences {
    /** A head of state's or government's residence (俄罗斯总统官邸): named with its country, and its own name after it. */
    static final String RESIDENCE = "官邸";
    /**
     * A palace's name in apposition right after a residence (官邸克里姆林宫, 官邸爱丽舍宫), not words of a deed done there
     * (官邸会见白宫特使).
     */
    private static final Pattern PALACE_AFTER_RESIDENCE =
        Pattern.compile("[\\p{IsHan}&&[^会见接举在的了和与及是为到向对从把被将已也都]]{2,5}?宫(?![殿廷中内外里])");
    /** A residence speaking for its government (日本首相官邸当天宣布，…): the government, no site. */
    private static final Pattern RESIDENCE_SPEAKING =
        Pattern.compile("\\p{IsHan}{0,3}?(?:宣布|表示|声明|发表|发布|称|说|消息|发言人)");

    private Residences() {
    }

    /** Whether the residence speaks for its government in the words right after its kind word. */
    static boolean speaksFor(String text, int kindEnd) {
        return RESIDENCE_SPEAKING.matcher(text).region(kindEnd, text.length()).lookingAt();
    }

    /** Where a residence's name ends: after a palace's name written right after it (总统官邸克里姆林宫), else at its kind. */
    static int nameEnd(String text, int kindEnd) {
        Matcher palace = PALACE_AFTER_RESIDENCE.matcher(text).region(kindEnd, text.length());
        return palace.lookingAt() ? palace.end() : kindEnd;
    }
}
