package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.Segmenter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Places named as the base of a comparison (比全省平均水平高出100点, 高于全国2.1个百分点, 与全省相比, 相当于北京三分之一): the fact is the
 * compared place's, not the base's; so is the nation or back-referred place a share is taken of (中西部地区…占全国的比重
 * 提高7.5个百分点).
 */
final class ComparisonBases {
    /**
     * Words right before a base: 比, 较, 高于, 低于, 快于, 慢于, 超过…; 与 and 同 only where the clause compares (相比).
     */
    private static final List<String> BEFORE = List.of(
        "比", "较", "高于", "低于", "快于", "慢于", "好于", "优于", "超过", "超出", "领先", "落后于", "相比", "对比",
        // a yardstick: 作业范围5300多平方公里，相当于北京三分之一的面积
        "相当于", "约合", "等于");
    /**
     * 占 of a share before the whole it is taken of, when that whole is the nation or a back reference (占全国的比重, 占全省);
     * a place named there (民营企业进出口额占广东外贸总值的55.3%) is where the share is taken, and 抢占上海市场 seizes;
     * 占据 and 占到 take a share too (规模占据全国的51.9%).
     */
    private static final List<String> SHARE_OF = List.of("占", "占据", "占到");
    private static final String SEIZING = "抢攻霸侵独";
    /** Words a place is written after as an event's setting or a news source (在长沙市召开, 从长沙市获悉). */
    private static final String SETTING_BEFORE = "在从";
    private static final List<String> WHOLES = List.of("全", "我", "本", "中国");
    /** 和 joins two compared places as equals (北京和上海的GDP相差…): neither is a base. */
    private static final List<String> WITH = List.of("与", "同");
    private static final Pattern COMPARING = Pattern.compile("相比|持平|相当|相差");
    private static final String CLAUSE_ENDS = "，。；！？,;!?\n";
    /**
     * The coverbs a trade's partner follows (对美国出口, 向东盟出口); not 与, which also joins two places as equals (北京与
     * 上海出口分别增长3%、4%).
     */
    private static final String TOWARD = "对向";
    private static final Pattern TRADE = Pattern.compile("出口|进口|贸易|投资");
    private static final int MAX_TRADE_REACH = 10;
    /** What joins the partners of one trade (对拉美、非洲、中亚五国等新兴市场出口): its word is sought after the last. */
    private static final char PARTNER_JOINER = '、';
    /** The longest name of a partner listed after the first (中亚五国, 东盟十国): the reach from its start takes it in. */
    private static final int MAX_LISTED_PARTNER = 4;
    /**
     * A ratio taken of the place right after it (仅为宁波的1/6、合肥的1/5, 是佛山的2.3倍): the place is its yardstick. A
     * fraction that goes on into a noun is a share of the place's own (北京的三分之一家庭, 上海的一半以上居民).
     */
    private static final Pattern RATIO_OF =
        Pattern.compile("的(?:[0-9.０-９]+倍|(?:[0-9０-９]+/[0-9０-９]+|[一二两三四五六七八九十百千]+分之[一二两三四五六七八九十]+|一半)"
            + "(?:左右|多)?(?!\\p{IsHan}))");
    private static final char RATIO_OPENING = '的';

    private ComparisonBases() {
    }

    private static boolean isWholeOfShare(String text, int start) {
        return WHOLES.stream().anyMatch(w -> text.startsWith(w, start)) && followsShareWord(text, start);
    }

    /**
     * Whether a place named after 占 holds a part the sentence named before it (湘西州…土地总面积15462平方公里，占湖南省
     * 总面积的7.3%): the share is the part's, the place the whole it is taken of. Without a part named (民营企业进出口额占
     * 广东外贸总值的55.3%) the place is where the share is taken.
     */
    static boolean isWholeOfPartsShare(String text, PlaceMention place, List<PlaceMention> namedBeforeInSentence) {
        Region whole = place.region();
        if (whole.foreign() || namedBeforeInSentence.isEmpty() || !followsShareWord(text, place.start())) {
            return false;
        }
        // the places that may be what the share is of: not a direction part the part lies in (湘西州位于湖南省西北部),
        // nor an earlier share's whole (占长沙市的11%，占湖南省的3%), nor an aside in brackets (长沙市（湖南省省会）)
        List<PlaceMention> named = namedBeforeInSentence.stream().filter(m -> !PlaceParts.isDirectionPart(m.region())
            && !followsShareWord(text, m.start()) && !(m.start() > 0 && Segmenter.OPENING_BRACKETS.indexOf(text.charAt(m.start() - 1)) >= 0))
            .toList();
        if (named.isEmpty()) {
            return false;
        }
        // the part is the place named last before 占 (not the whole itself: 湖南省粮食产量…占湖南省农业产值的30%), not a
        // setting or source (在长沙市召开的发布会上…占湖南省GDP的33%), nor one of several (深圳市…广州市…两市合计占广东省)
        PlaceMention last = named.get(named.size() - 1);
        Region part = last.region();
        return isPart(part, whole) && !(last.start() > 0 && SETTING_BEFORE.indexOf(text.charAt(last.start() - 1)) >= 0)
            && named.stream().map(PlaceMention::region).filter(r -> isPart(r, whole))
                .allMatch(r -> PlaceDisambiguator.related(r, part));
    }

    private static boolean isPart(Region part, Region whole) {
        return !part.foreign() && part.level().compareTo(whole.level()) > 0 && part.code().startsWith(whole.code());
    }

    /** Whether the words before {@code start} are a share's 占 (not 抢占, which seizes). */
    static boolean followsShareWord(String text, int start) {
        for (String share : SHARE_OF) {
            int at = start - share.length();
            if (at >= 0 && text.startsWith(share, at)) {
                return !(at >= 1 && SEIZING.indexOf(text.charAt(at - 1)) >= 0);
            }
        }
        return false;
    }

    /**
     * Whether a place after 对 or 向 is the partner of a trade (德国汽车对美国的出口量, 对东盟进出口, 向美国出口), or one of
     * a list of partners (对拉美、非洲、中亚五国等新兴市场出口): the trade is the place's before it, as a comparison is the
     * compared place's.
     */
    private static boolean isTradePartner(String text, int start, int end) {
        if (start < 1 || TOWARD.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        int last = lastListedItemStart(text, end);
        int from = last < 0 ? end : last;
        int reach = last < 0 ? MAX_TRADE_REACH : MAX_TRADE_REACH + MAX_LISTED_PARTNER;
        return TRADE.matcher(text).region(from, clauseEnd(text, from, reach)).find();
    }

    /**
     * Start of the last item of a list of partners going on after a place with 、 (对拉美、非洲、中亚五国等新兴市场出口), each
     * item short; -1 when no list goes on there.
     */
    private static int lastListedItemStart(String text, int end) {
        int last = -1;
        for (int at = end; at < text.length() && text.charAt(at) == PARTNER_JOINER; ) {
            last = at + 1;
            at = last;
            while (at < text.length() && at - last <= MAX_LISTED_PARTNER && text.charAt(at) != PARTNER_JOINER
                    && CLAUSE_ENDS.indexOf(text.charAt(at)) < 0) {
                at++;
            }
        }
        return last;
    }

    /** End of the clause going on at {@code from}, read at most {@code reach} characters on. */
    private static int clauseEnd(String text, int from, int reach) {
        int end = from;
        while (end < text.length() && end - from < reach && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Whether a ratio is taken of the place ending at {@code end} ({@link #RATIO_OF}). */
    private static boolean isRatioBase(String text, int end) {
        return end < text.length() && text.charAt(end) == RATIO_OPENING // checked first: most places are not followed by 的
            && RATIO_OF.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Whether the place named at [start, end) is the base of a comparison or the partner of a trade. */
    static boolean isBase(String text, int start, int end) {
        if (BEFORE.stream().anyMatch(w -> text.startsWith(w, start - w.length())) || isWholeOfShare(text, start)
                || isTradePartner(text, start, end) || isRatioBase(text, end)) {
            return true;
        }
        if (WITH.stream().noneMatch(w -> text.startsWith(w, start - w.length()))) {
            return false;
        }
        return COMPARING.matcher(text).region(end, clauseEnd(text, end, Integer.MAX_VALUE)).find();
    }
}
