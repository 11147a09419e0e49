package dev.zhibiao.engine.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target of a strike written after the weapons counted (乌克兰…使用两架无人机对俄罗斯总统官邸发动袭击, 以军出动20架
 * 战机对黎巴嫩南部实施空袭 → where they struck): the drones, missiles or planes are counted where they were aimed, not in
 * the country that sent them. The coverb 对 or 向 follows the weapons' words closely, and the clause goes on to launch a strike
 * (发动袭击, 实施空袭, 进行打击; after 向 also 发射). Not 对 of a topic or a recipient (对乌克兰的援助, 向乌克兰提供).
 */
final class StrikeTargets {
    /** The coverbs before a target. */
    private static final String COVERBS = "对向";
    private static final char TOWARD = '向';
    /** How far after the amount the coverb may stand: the weapons' words (架攻击型无人机). */
    private static final int MAX_WEAPON_WORDS = 12;
    /** Where the target is located, between the coverb and it (对位于俄诺夫哥罗德州的俄罗斯总统官邸). */
    private static final Pattern LOCATED = Pattern.compile("位于[^，。；的]{1,12}的");
    /**
     * A strike launched at the target later in the clause: a verb of launching before the strike's noun (发动袭击, 实施
     * 空袭, 发起大规模攻击), not a strike only mentioned (对乌克兰提供用于抵御空袭的设备); 发射 only after 向 (向红海发射).
     */
    private static final Pattern STRIKE =
        Pattern.compile("(?:发动|实施|进行|发起|展开)了?[^，。；的]{0,4}?(?:袭击|空袭|打击|轰炸|攻击(?!型))");
    private static final Pattern STRIKE_OR_FIRED = Pattern.compile(STRIKE.pattern() + "|发射");
    /** What ends the stretch searched: a clause's end, or 的 closing a modifier (对乌克兰的援助). */
    private static final String STRETCH_ENDS = "，。；;,！!？?";

    private StrikeTargets() {
    }

    /**
     * Where the target's words begin when a coverb follows the amount at {@code offset} in [offset, clauseEnd) and a
     * verb of striking follows it in the clause, else -1. With the target located first (位于X的), after that 的.
     */
    static int targetStart(String text, int offset, int clauseEnd) {
        int limit = Math.min(clauseEnd, offset + MAX_WEAPON_WORDS + 1);
        int coverb = -1;
        for (int k = offset; k < limit; k++) {
            char c = text.charAt(k);
            if (STRETCH_ENDS.indexOf(c) >= 0 || c == PlaceContext.MODIFIER_END) {
                return -1;
            }
            if (COVERBS.indexOf(c) >= 0) {
                coverb = k;
                break;
            }
        }
        if (coverb < 0) {
            return -1;
        }
        Matcher verb = (text.charAt(coverb) == TOWARD ? STRIKE_OR_FIRED : STRIKE).matcher(text).region(coverb + 1, clauseEnd);
        if (!verb.find()) {
            return -1;
        }
        Matcher located = LOCATED.matcher(text).region(coverb + 1, verb.start());
        return located.lookingAt() ? located.end() : coverb + 1;
    }
}
