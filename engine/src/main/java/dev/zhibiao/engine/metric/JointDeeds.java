package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Doers counted before what they did together to a thing named after 的 (由国家知识产权局等18个部门单位共同举办的宣传周活动,
 * 12家文博机构联合推出的简牍展, 两国携手建设的铁路): the count is of the doers, the deed and its thing name them
 * (共同举办宣传周活动的部门单位), not the thing, which the words after the count would otherwise seem to count.
 */
final class JointDeeds {
    /**
     * The doers' noun, an adverb of doing together, the deed and 的. The adverb is no part of a name or noun
     * (联合国, 联合会, 联合体, 合作社, 合作方, 共同体, 共同富裕), and the deed is at least one character (共同的心愿 is no deed).
     */
    private static final Pattern JOINT_DEED = Pattern.compile(
        "^(\\p{IsHan}{0,8}?)((?:共同|联合|携手|合作)(?![国会体社方者伙富点语利愿区])([^的，,。；;：:、\\s]{1,14}?))的");
    /** Most clauses after a count hold none of these characters: nothing to match. */
    private static final String ADVERB_FIRSTS = "共联携合";
    private static final String OF = Phrases.MODIFIER;
    private static final int MIN_DOERS = 2;
    /**
     * Last characters of a noun of doers: organizations, places, people (部门单位, 文博机构, 银行, 高校, 省份, 合作社, 科学家).
     * Partners named before the adverb (中外合作办学的项目, 产学研联合攻关的平台) describe the thing counted after 的.
     */
    private static final String DOER_ENDS = "位构行业校门份院所社司市省县区镇乡村国家户人员者方团队台会体局委厅站商师生";
    /**
     * What may stand between the thing and an amount right after it (投资基金规模达100亿元, 义诊活动惠及群众2万余人): the
     * thing then runs into that amount's own subject and measure, and where it ends is unsure; an adverb (已超过) ends it.
     */
    private static final Pattern REACHING = Pattern.compile("(?:达到?|为|是|约|共)?");
    /** A thing named in a few words; a longer run after 的 holds what the sentence goes on to say. */
    private static final int MAX_THING = 20;

    private JointDeeds() {
    }

    static String named(QuantityScope scope, String label) {
        if (!scope.quantity.counted()) {
            return label;
        }
        String after = scope.restOfClause();
        int of = after.indexOf(OF);
        if (of < 0 || after.chars().limit(of).noneMatch(c -> ADVERB_FIRSTS.indexOf(c) >= 0)) {
            return label;
        }
        Matcher m = JOINT_DEED.matcher(after);
        if (!m.find()) {
            return label;
        }
        String doers = PartsOfWholes.COUNTING_NOUNS.getOrDefault(scope.quantity.unit(), m.group(1));
        if (doers.length() < MIN_DOERS || DOER_ENDS.indexOf(doers.charAt(doers.length() - 1)) < 0) {
            return label;
        }
        // the thing ends before any amount of its own (联合发放的专项贷款已超过10亿元)
        int from = scope.quantity.end() + m.end();
        int to = scope.quantitiesIn(from, scope.clause.end()).stream().mapToInt(Quantity::start).min().orElse(scope.clause.end());
        String words = scope.text.substring(from, Math.max(from, to));
        String thing = Phrases.after(words, false);
        if (thing.isEmpty() || thing.length() > MAX_THING || to < scope.clause.end() && runsIntoAmount(words, thing)) {
            return label;
        }
        return StrayMarks.tidy(m.group(2) + thing) + OF + doers;
    }

    /** Whether nothing but a verb of reaching is left between the thing and the amount after it. */
    private static boolean runsIntoAmount(String words, String thing) {
        int thingAt = words.indexOf(thing);
        return thingAt >= 0 && REACHING.matcher(words.substring(thingAt + thing.length())).matches();
    }
}
