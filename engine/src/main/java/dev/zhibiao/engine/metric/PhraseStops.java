package dev.zhibiao.engine.metric;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words that end the phrase after an amount: a noun ends where its predicate starts (将, 在, 达, 的…), a predicate kept
 * at a clause start where another deed, a state or what all the things did starts; and the words that hold such a word
 * yet go on the phrase (共享, 直达, 以…为, 重要的, 垃圾运送车).
 */
final class PhraseStops {
    /**
     * Adverbs of many things doing it in turn or vying (1万多株三角梅竞相绽放, 樱花次第开放) and the verbs of plants in bloom or
     * swaying (300余亩玫瑰随风摇曳, 16亩马鞭草盛开): they open the predicate, after a noun and after its predicate alike.
     */
    private static final List<String> VYING_AND_BLOOMING = List.of("竞相", "争相", "次第", "随风", "摇曳", "盛开", "绽放", "怒放");
    /**
     * Verbs of what things do for others: carry, draw, lay down, set out to or focus on them (300辆公交车带着乘客穿行,
     * 2万多件文物藏品吸引不少游客, 20.7万个5G基站铺就的信息高速公路, 12个技术指导组分赴重点省份, 832个脱贫县聚焦…产业): what
     * they serve says nothing of which things are counted, after a noun and after its predicate alike.
     */
    private static final List<String> SERVING_OTHERS = List.of("满载", "载着", "运载", "装载", "承载", "搭载", "运送", "吸引",
            "带着", "搭建", "铺就", "串起", "分赴", "奔赴", "赶赴", "聚焦");
    /** The same verbs, for looking one up. */
    private static final Set<String> SERVING_OTHERS_WORDS = Set.copyOf(SERVING_OTHERS);
    /** Words that open the predicate after a noun and after its predicate alike: stops of both. */
    private static final List<String> OPENING_ANY_PREDICATE =
        Stream.concat(VYING_AND_BLOOMING.stream(), SERVING_OTHERS.stream()).toList();
    /**
     * After such a verb, the head of a noun it makes (垃圾运送车, 应急物资运送通道, 舞台搭建工作, 人才吸引政策, 重点聚焦领域,
     * 满载率, 运载火箭): the verb is part of that noun, no predicate. Nothing but 着, 了 or 起 after it (the words before
     * another amount, 货轮运载着 | 2万吨铁矿石): what it serves is the next amount's, the words are all of the noun before it.
     */
    private static final Pattern COMPOUND_HEAD_OR_NOTHING = Pattern.compile(
            "(?:车|船|机|火箭|通道|线路|路线|站|中转站|点|率|量|力|工作|任务|政策|措施|领域|方向|能力|平台|中心|系统|设备|工具|服务|效应)"
            + "|[着了起]?$");
    /**
     * Characters read from a stop word opening the words to tell whether it ends them: more than the longest word holding
     * a stop or serving frame (为农服务中心) looks at.
     */
    private static final int STOP_CONTEXT = 16;
    /** Words that start a predicate: a noun after an amount ends before them. */
    static final List<String> NOUN_STOPS = Stream.concat(Stream.of(
            "将", "在", "把", "被", "已", "也", "都", "均", "全部", "再", "共", "分别", "同比", "环比", "较", "比",
            "创", "占", "实施", "用于", "为", "是", "达", "的", "并", "到", "至", "了", "让", "正在", "正处于", "处于", "两旁", "两侧", "沿线", "周边", "附近", "之间", "里的", "进入", "迎来", "陆续", "开始", "正式", "顺利"),
        OPENING_ANY_PREDICATE.stream()).toList();
    /**
     * Words holding a stop word (共享工厂, 创新药, 坐船2小时可直达, 再生水厂, 平均水平, 成都): they go on the phrase, not end
     * it.
     */
    private static final List<String> WORDS_HOLDING_STOPS = List.of("共享", "创新", "直达", "到达", "抵达", "送达", "通达",
            "绽放杯", "里程", "公里", "千里", "万里", "邻里", "这里", "那里", "哪里", "公共", "再生", "再贷款", "再就业", "再保险", "再制造", "科创", "文创",
            "平均", "人均", "均衡", "首都", "成都", "都市", "正常", "正规", "正确", "正品", "正宗", "正式", "被害", "被告", "被执行", "被保险",
            "吸引力", "吸引物", "携带着", "附带着", "连带着", "从事", "从业", "从而", "服从", "自从", "随从", "从此", "从未", "从不", "从来", "从小", "从严", "从快", "从速", "方便", "便利", "便民", "便捷", "顺便", "随便", "简便", "轻便");
    /**
     * Building jointly, a word holding the stop 共: opening the words after an amount it opens the thing counted
     * (18个共建“一带一路”国家: the countries building it jointly); after a noun (18家…单位共建) it is the predicate.
     */
    private static final String BUILDING_JOINTLY = "共建";
    private static final String AS = "为";
    private static final String BY_MEANS_OF = "以";
    /**
     * 为 opening a serving frame inside a name (为农服务中心, 为民服务站): no copula there, the name goes on to its head
     * word; 为企业服务 with no head after it is a deed (拿出500万元为企业服务).
     */
    private static final Pattern SERVING_FRAME = Pattern.compile("为\\p{IsHan}{1,2}服务(?=中心|站|队|点|所|社|平台|窗口|热线|大厅|基地|专线)");
    /** Words 以 begins that open no 以…为 frame (以上, 以下, 以内, 以来, 以及). */
    private static final List<String> WORDS_OPENED_BY_YI = List.of("以上", "以下", "以内", "以来", "以及", "以外", "以后", "以前");
    /** Words 以 ends (可以为企业提供…: 为 is "for" there). */
    private static final List<String> WORDS_CLOSED_BY_YI = List.of("可以", "所以", "难以", "得以", "予以", "加以", "用以", "足以",
            "借以", "据以", "是以");
    /** Qualities that describe the noun after their 的 (重要的长征遗址): the noun is what is counted. */
    private static final Set<String> QUALITIES = Set.of("重要", "主要", "优秀", "著名", "知名", "典型", "不同", "先进", "优质",
            "新型", "大型", "小型", "重大", "特色", "珍贵", "宝贵");
    /** 创新高 is 创 (set) a 新高 (new high), no 创新. */
    private static final String NEW_RECORD = "创新高";
    /**
     * At a clause start the predicate belongs to the label (82个村获评…); only these end it (也: a parallel predicate;
     * 陆续, 纷纷: an event happening to the things counted, 5万亩油橄榄陆续进入采摘期; 把: what they act on, 三条农村公路把全省
     * 113个县串联起来).
     */
    static final List<String> PREDICATE_STOPS = Stream.concat(Stream.of("将", "把", "再", "共", "并", "也", "让", "正在",
            "陆续", "相继", "纷纷", "即将", "开始",
            // what the things are busy with (1.8万名农技人员正开展指导服务, 160多万亩冬小麦正有序播种): their state, not which of
            // them; what they have done (已完成…的地区) may be
            "正",
            // a locative after the thing (96座公园里红旗招展, 1000座大棚里春意盎然): what happens there is no part of it
            "里",
            // how a crop grows (2200多万亩冬油菜长势基本与往年持平, 4300万亩冬小麦长势好于常年): a comment on the things
            // counted, never which of them
            "长势", "苗情"),
        OPENING_ANY_PREDICATE.stream()).toList();
    /**
     * After a count of things, also a modal or a coverb opening what they do (60多种土特产3天之内便能加工成…, 10万只羽毛球从
     * 这里“飞”向全球): how or from where they act, no part of which things are counted. Not after a time span, whose
     * predicate is what took that long (3天之内便能加工成…).
     */
    static final List<String> COUNT_PREDICATE_STOPS = List.of("便", "从");
    /**
     * Words saying all the things counted did it (832个脱贫县都培育出…, 79条河流已全部实现全线贯通): a category of
     * its own (脱贫县) is named well enough without what they did, a noun of two characters or fewer (河流, 地区) is not.
     */
    private static final List<String> ALL_OF_THEM = List.of("全部", "均", "都");
    private static final int GENERIC_NOUN_LENGTH = 2;
    /** Adverbs between the noun and 全部/均/都 (河流目前已经全部…), in the order they are written back from it. */
    private static final List<String> ADVERBS_BEFORE_ALL = List.of("已经", "已", "目前");
    /** What the things are or where they stand (死者均为库尔德人, 案件均在调查中) is no part of what was counted. */
    private static final List<String> STATES = List.of("为", "是", "在", "处于");

    private PhraseStops() {
    }

    /** Whether a noun follows right at {@code offset}, or after 的 (350吨龙门吊, 522公里的沙漠公路). */
    static boolean describesNext(String text, int offset) {
        int k = offset < text.length() && text.charAt(offset) == '的' ? offset + 1 : offset;
        if (k >= text.length() || !Character.isLetter(text.charAt(k))) {
            return false;
        }
        String next = text.substring(k, Math.min(text.length(), k + STOP_CONTEXT));
        for (String stop : NOUN_STOPS) { // a loop, not a stream: this runs for every amount
            if (next.startsWith(stop) && endsPhrase(next, 0, stop)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the 以 at {@code yi} ends a word (可以, 所以, 难以): then it is no coverb. */
    static boolean closesWordWithYi(String text, int yi) {
        return yi > 0 && startsWithAny(text, yi - 1, WORDS_CLOSED_BY_YI);
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        return words.stream().anyMatch(w -> text.startsWith(w, at));
    }

    /** Where the first of the stop words stands that is a word of its own, or the phrase's length when none does. */
    static int firstStop(String s, List<String> stops) {
        int end = s.length();
        for (String stop : stops) {
            int at = s.indexOf(stop);
            while (at >= 0 && !endsPhrase(s, at, stop)) {
                at = s.indexOf(stop, at + 1);
            }
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return end;
    }

    /** Whether the stop word found at {@code at} ends the phrase: it is a word of its own and no part of the noun. */
    private static boolean endsPhrase(String s, int at, String stop) {
        return !insideWord(s, at, stop) && !withinNoun(s, at, stop);
    }

    /**
     * Where a word saying all the things did it ends a predicate kept after them: at once after a specific category
     * (832个脱贫县都培育出…) or before a state (死者均为); not after a generic noun (79条河流已全部实现全线贯通).
     */
    static int allOfThemEnd(String s) {
        int end = s.length();
        for (String all : ALL_OF_THEM) {
            int at = s.indexOf(all);
            while (at >= 0 && insideWord(s, at, all)) {
                at = s.indexOf(all, at + 1);
            }
            if (at < 0) {
                continue;
            }
            int noun = at;
            for (String adverb : ADVERBS_BEFORE_ALL) {
                noun -= s.startsWith(adverb, noun - adverb.length()) ? adverb.length() : 0;
            }
            if (noun <= 0 || noun > GENERIC_NOUN_LENGTH || startsWithAny(s, at + all.length(), STATES)) {
                end = Math.min(end, at);
            }
        }
        return end;
    }

    /**
     * Whether the stop word found at {@code at} belongs to the noun: 为 closing 以…为 (以人参为原料医药生产企业), 的 after
     * a quality alone (重要的长征遗址), 共 of 共建 or a deed for others opening the phrase (共建“一带一路”国家, 吸引年轻人的新场景),
     * a deed for others making a compound noun or closing the words (垃圾运送车, 货轮运载着).
     */
    private static boolean withinNoun(String s, int at, String stop) {
        if (at == 0 && s.startsWith(BUILDING_JOINTLY) && BUILDING_JOINTLY.startsWith(stop)) {
            return true;
        }
        if (SERVING_OTHERS_WORDS.contains(stop)) {
            // a deed opening the words describes the noun after them (10辆搭载自动驾驶系统的汽车)
            return at == 0 || COMPOUND_HEAD_OR_NOTHING.matcher(s).region(at + stop.length(), s.length()).lookingAt();
        }
        if (stop.equals(AS)) {
            if (SERVING_FRAME.matcher(s).region(at, s.length()).lookingAt()) {
                return true;
            }
            int instrumental = s.lastIndexOf(BY_MEANS_OF, at);
            return instrumental >= 0 && !startsWithAny(s, instrumental, WORDS_OPENED_BY_YI)
                && !(instrumental > 0 && startsWithAny(s, instrumental - 1, WORDS_CLOSED_BY_YI));
        }
        return stop.equals(Phrases.MODIFIER) && QUALITIES.contains(s.substring(0, at));
    }

    /** Whether the stop word found at {@code at} is part of a longer word (直达 holds 达). */
    private static boolean insideWord(String s, int at, String stop) {
        for (String word : WORDS_HOLDING_STOPS) {
            int offset = word.indexOf(stop);
            if (offset >= 0 && word.length() > stop.length() && at - offset >= 0 && s.startsWith(word, at - offset)
                    && !(s.startsWith(NEW_RECORD, at - offset) && word.equals(NEW_RECORD.substring(0, 2)))) {
                return true;
            }
        }
        return false;
    }
}
