package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label without the period it is framed by (未来两年计划研发品种 → 计划研发品种), and one that runs long because it took
 * in the clause around what is measured: the examples listed after it
 * (山野菜品种主要是蕨菜、大叶芹… → 山野菜品种), its cause (…活动带动今年电影全产业链产值), the examples before it (以锂电池…为代表的“新三样”产品出口额 → “新三样”产品出口额) or
 * the holding of the events it counts (…乡村医生组织开展医疗质量培训班 4期 → 医疗质量培训班).
 */
final class LongLabels {
    /** Labels up to this long are kept as they are. */
    private static final int MAX_PLAIN = 10;
    private static final int MIN_KEPT = 2;
    /** The period a plan or a count covers (未来两年, 过去两周内) frames the fact; it is no part of what is measured. */
    private static final Pattern SPAN_FRAME = Pattern.compile(
        "(?:未来|过去|今后)(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个月|年|天|周|小时)(?:内|里|间)?");
    /** Words after which examples of the measured thing are listed. */
    private static final List<String> EXAMPLES_FOLLOW = List.of("主要是", "主要有", "主要为", "分为");
    /** 划分为, 大部分为, 区分为: 分为 inside another word. */
    private static final String NOT_BEFORE_EXAMPLES = "划部区细均";
    /** Words that end the examples of the thing named after them. */
    private static final List<String> EXAMPLES_END = List.of("为代表的", "为主的", "为特色的", "为核心的");
    /** A cause's verb: what follows it is the effect measured (高涨的观影热情…带动今年电影全产业链产值). */
    private static final String CAUSE = "带动";
    private static final int MIN_CAUSE = 4;
    /** 带动能力强, 带动力强, 在…带动下, 带动作用: 带动 as a noun, no cause of what follows. */
    private static final List<String> NOT_EFFECTS = List.of("能力", "力", "下", "作用");
    /** Verbs of holding events: in a count of events (期, 场, 项) what follows them is the event counted. */
    private static final List<String> HOLDING = List.of("开展", "举办", "举行");
    private static final Set<String> EVENT_UNITS = Set.of("期", "场", "场次", "次", "项", "届", "轮", "批", "人次");

    /** 是 before the names of the things counted, listed with 、 to the label's end (主要河流是凉水河、三统河、后河). */
    private static final String LISTING_COPULA = "是";
    /** Words ending in 是 that open no list of names (特别是小麦、玉米, 就是, 还是). */
    private static final List<String> NOT_LISTING = List.of("特别", "尤其", "就", "但", "还", "而", "也", "正", "或", "于", "凡",
        "总", "要", "若", "都", "又", "即");
    private static final Pattern LISTED_NAMES = Pattern.compile("\\p{IsHan}{1,5}(?:、\\p{IsHan}{1,5})+");

    /**
     * Three or more four-character phrases in parallel ending the label (残疾人运动员勇于挑战、超越自我、顽强拼搏): a
     * rhetorical run praising what the things counted did, no part of which things they are.
     */
    private static final Pattern PARALLEL_PRAISE = Pattern.compile("\\p{IsHan}{4}(?:、\\p{IsHan}{4}){2,}$");
    /** The people a run of praise is about end in one of these (残疾人运动员, 志愿者, 建设者们). */
    private static final String PRAISED_PEOPLE_ENDS = "员者人们士众兵民";
    /**
     * 有 after a description lists the things that fit it (增幅较大的有发酵酒): they are what is measured; not 有 opening a
     * word (拥有的有效发明专利, 建成的有机肥生产线).
     */
    static final String LISTED_AS_FITTING = "的有";
    private static final int WORD_AFTER_DE = 2;

    private LongLabels() {
    }

    static String concise(String label, String unit) {
        label = SPAN_FRAME.matcher(label).replaceAll("").replace("的的", "的");
        int fitting = label.indexOf(LISTED_AS_FITTING);
        if (fitting >= MIN_KEPT && label.length() - fitting - LISTED_AS_FITTING.length() >= MIN_KEPT
                && !DictionaryWords.isWord(label.substring(fitting + 1, fitting + 1 + WORD_AFTER_DE))) {
            label = label.substring(fitting + LISTED_AS_FITTING.length());
        }
        if (label.length() <= MAX_PLAIN) {
            return label;
        }
        for (String word : EXAMPLES_FOLLOW) {
            int at = label.indexOf(word);
            if (at >= MIN_KEPT && NOT_BEFORE_EXAMPLES.indexOf(label.charAt(at - 1)) < 0) {
                return label.substring(0, at);
            }
        }
        // the things counted, then a copula and their names listed (主要河流是凉水河、三统河、蛤蜊河、后河)
        int copula = label.indexOf(LISTING_COPULA);
        String before = copula < 0 ? "" : label.substring(0, copula);
        if (copula >= MIN_KEPT && NOT_LISTING.stream().noneMatch(before::endsWith)
                && LISTED_NAMES.matcher(label).region(copula + 1, label.length()).matches()) {
            return before;
        }
        Matcher praise = PARALLEL_PRAISE.matcher(label);
        // praise of people (运动员勇于挑战、超越自我、顽强拼搏), not a list of what a verb takes (投资人工智能、生物医药、集成电路)
        if (praise.find() && praise.start() >= MIN_KEPT && PRAISED_PEOPLE_ENDS.indexOf(label.charAt(praise.start() - 1)) >= 0) {
            label = label.substring(0, praise.start());
        }
        String after = afterLast(effect(label), EXAMPLES_END);
        return EVENT_UNITS.contains(unit) ? afterLast(after, HOLDING) : after;
    }

    /**
     * The effect a long label names after its cause, with the cause's verb (带动就业人数 says what the jobs are), when a
     * cause of a few words stands before it; else the label.
     */
    private static String effect(String label) {
        int at = label.lastIndexOf(CAUSE);
        String rest = at < 0 ? "" : label.substring(at + CAUSE.length());
        boolean effect = at >= MIN_CAUSE && rest.length() >= MIN_CAUSE && rest.indexOf('、') < 0
            && NOT_EFFECTS.stream().noneMatch(rest::startsWith);
        return effect ? label.substring(at) : label;
    }

    private static String afterLast(String label, List<String> words) {
        int cut = -1;
        for (String word : words) {
            int at = label.lastIndexOf(word);
            if (at >= 0) {
                cut = Math.max(cut, at + word.length());
            }
        }
        return cut > 0 && label.length() - cut >= MIN_KEPT ? label.substring(cut) : label;
    }
}
