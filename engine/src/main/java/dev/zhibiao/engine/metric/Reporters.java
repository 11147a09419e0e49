package dev.zhibiao.engine.metric;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who tells or does a fact is not what it measures, and the gold names the deed or thing alone:
 * <ul>
 * <li>a short reporter opening a label with 称 (乌称击落俄军无人机, 乌军还称摧毁了俄军无人机, 胡塞武装称美英袭击 → 击落俄军无人机…);
 * 称 as part of a noun or a naming verb (名称, 简称, 堪称, 称为, 称号) is no report;</li>
 * <li>a personal pronoun opening a label, with the verb of saying after it (你担任行政长官 → 担任行政长官, 他说俄军… →
 * 俄军…): it points at a person named elsewhere; a pronoun owning a household or a place (他家承包的土地, 我县) stays.</li>
 * <li>the news's own reporter and what the reporter saw or learned (记者看到近300家特色店铺…, 记者了解到…): how the fact
 * came to be told, never part of it.</li>
 * </ul>
 * A report of the speaker's own plan or state (哈马斯方面称将于22日再释放…) keeps its speaker, who is the doer.
 */
final class Reporters {
    /** Verbs of saying or foreseeing: a clause holding one reports a fact or a forecast, it names no thing of it. */
    static final String SPEAKING_VERBS = "表示|预计|预测|估计|强调|指出|认为|称|说";
    /** A speaker this long at most (乌, 俄方, 卫生部门, 哈马斯方面): a longer opening is a clause of its own. */
    private static final int MAX_SPEAKER = 6;
    /** Verbs of holding or stating a view, written only as words of their own. */
    private static final String VIEWING = "认为|表示|指出";
    /**
     * A share of those holding a view (受访者中认为服务满意的占85%, 受访居民认为满意的比例达92%): the view names the people
     * counted, it is no report.
     */
    private static final Pattern NAMES_SHARE = Pattern.compile(Enumeration.SHARE_VERB + "|比例|比重|份额");
    private static final List<String> VIEWING_WORDS = List.of(VIEWING.split("\\|"));
    private static final Pattern REPORTER = Pattern.compile(
        "^\\p{IsHan}{1," + MAX_SPEAKER + "}?(?:(?<![名简号堪俗统职对自昵尊爱匀相著通人总并声宣戏指之美雅古旧])"
            + "(?:还|也|又|再次)?(?:声称|宣称|称)(?![号为作赞道霸之得重职量心雄])"
            // a view or a statement (宪法法律委认为上述3项草案…, 该负责人表示): the verb is a word of its own; before 的 it
            // opens a description (审计指出的问题), no report
            + "|(?:还|也|又|再次)?(?<view>" + VIEWING + ")(?!的))");
    private static final Pattern PRONOUN = Pattern.compile(
        "^(?>他们|她们|你们|我们|咱们|他|她|你)(?![们家人乡县镇村国省市区年日时山的经])"
            + "(?:(?:还|也|又)?(?:说|称|表示|认为|指出))?");
    private static final String PRONOUN_FIRST = "他她你我咱";
    /**
     * The reporter with a verb of seeing or learning (记者看到, 记者在现场看到, 记者从省农业农村厅了解到), the 到 maybe cut off
     * already as a word before the amount; no word 看 opens (看望, 看护, 看守所).
     */
    private static final Pattern REPORTER_SAW = Pattern.compile(
        "^记者(?:在\\p{IsHan}{1,8}?|从\\p{IsHan}{1,12}?)?(?:看到|看(?![望护守管待])|见到|注意到|了解到|获悉|发现)");
    private static final String JOURNALIST = "记者";
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

    /**
     * {@code wordsBefore}: the words before the amount in its clause. A view drops its speaker only when both stand
     * there (宪法法律委认为上述3项草案): a speaker after the amount is what it counts (六成以上网民认为…, 超过七成企业表示…).
     */
    static String without(String label, String wordsBefore) {
        Matcher saw = label.startsWith(JOURNALIST) ? REPORTER_SAW.matcher(label) : null;
        String seen = saw != null && saw.lookingAt() ? Affixes.stripLeading(label.substring(saw.end())) : "";
        if (names(seen)) {
            return seen;
        }
        if (label.isEmpty() || PRONOUN_FIRST.indexOf(label.charAt(0)) < 0 && label.indexOf(SAID) < 0
                && VIEWING_WORDS.stream().noneMatch(label::contains)) {
            return label;  // most labels: neither pattern can match
        }
        Matcher pronoun = PRONOUN.matcher(label);
        if (pronoun.lookingAt()) {
            String rest = label.substring(pronoun.end());
            return names(rest) ? rest : label;
        }
        Matcher reporter = REPORTER.matcher(label);
        if (!reporter.lookingAt() || reporter.group("view") != null
                && (!wordsBefore.contains(label.substring(0, reporter.end())) || NAMES_SHARE.matcher(label).find())) {
            return label;
        }
        String rest = label.substring(reporter.end());
        return names(rest) && !OWN_DEED.matcher(rest).lookingAt() ? rest : label;
    }

    private static boolean names(String rest) {
        return rest.codePointCount(0, rest.length()) >= MIN_REST;
    }
}
