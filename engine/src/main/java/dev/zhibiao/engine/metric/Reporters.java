package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who tells or does a fact is not what it measures, and the gold names the deed or thing alone:
 * <ul>
 * <li>a short reporter opening a label with 称 (乌称击落俄军无人机, 乌军还称摧毁了俄军无人机, 胡塞武装称美英袭击 → 击落俄军无人机…);
 * 称 as part of a noun or a naming verb (名称, 简称, 堪称, 称为, 称号) is no report;</li>
 * <li>a personal pronoun opening a label, with the verb of saying after it (你担任行政长官 → 担任行政长官, 他说俄军… →
 * 俄军…): it points at a person named elsewhere; a pronoun owning a household or a place (他家承包的土地, 我县) stays.</li>
 * </ul>
 * A report of the speaker's own plan or state (哈马斯方面称将于22日再释放…) keeps its speaker, who is the doer.
 */
final class Reporters {
    /** Verbs of saying or foreseeing: a clause holding one reports a fact or a forecast, it names no thing of it. */
    static final String SPEAKING_VERBS = "表示|预计|预测|估计|强调|指出|认为|称|说";
    /** A speaker this long at most (乌, 俄方, 卫生部门, 哈马斯方面): a longer opening is a clause of its own. */
    private static final int MAX_SPEAKER = 6;
    private static final Pattern REPORTER = Pattern.compile(
        "^\\p{IsHan}{1," + MAX_SPEAKER + "}?(?<![名简号堪俗统职对自昵尊爱匀相著通人总并声宣戏指之美雅古旧])"
            + "(?:还|也|又|再次)?(?:声称|宣称|称)(?![号为作赞道霸之得重职量心雄])");
    private static final Pattern PRONOUN = Pattern.compile(
        "^(?>他们|她们|你们|我们|咱们|他|她|你)(?![们家人乡县镇村国省市区年日时山的经])"
            + "(?:(?:还|也|又)?(?:说|称|表示|认为|指出))?");
    private static final String PRONOUN_FIRST = "他她你我咱";
    private static final char SAID = '称';
    /**
     * A report of the speaker's own plan or state (称将…), or of its own forces (俄方称其防空部队…, where 其 would be left
     * pointing at nothing): the speaker stays.
     */
    private static final Pattern OWN_DEED = Pattern.compile("^(?:将|会|要|愿|已|正|拟|计划|准备|不会|无意|其)");
    /** What is left must still name something. */
    private static final int MIN_REST = 3;

    private Reporters() {
    }

    static String without(String label) {
        if (label.isEmpty() || PRONOUN_FIRST.indexOf(label.charAt(0)) < 0 && label.indexOf(SAID) < 0) {
            return label;  // most labels: neither pattern can match
        }
        Matcher pronoun = PRONOUN.matcher(label);
        if (pronoun.lookingAt()) {
            String rest = label.substring(pronoun.end());
            return names(rest) ? rest : label;
        }
        Matcher reporter = REPORTER.matcher(label);
        if (!reporter.lookingAt()) {
            return label;
        }
        String rest = label.substring(reporter.end());
        return names(rest) && !OWN_DEED.matcher(rest).lookingAt() ? rest : label;
    }

    private static boolean names(String rest) {
        return rest.codePointCount(0, rest.length()) >= MIN_REST;
    }
}
