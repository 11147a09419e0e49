package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.RespectiveYears;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A、B和C分别为x、y、z": the i-th amount after 分别 measures the i-th item named before it. Items written with a
 * shared head or tail (全国示范步行街客流量、营业额; 男性、女性人口) get it back.
 */
final class Enumeration {
    /** Words that close a frame written before a list (批发市场, 区域内, 传统产业中的). */
    private static final Pattern FRAME_END = Pattern.compile(".{2,}(?:的|中|内|市场)");

    /** What may follow a list's closing measure: the base it is compared with (库存量比月初). */
    private static final List<String> BASE_MARKS = List.of("比", "较");

    private static final String RESPECTIVELY = RespectiveYears.RESPECTIVELY;
    /** Words joining the last item of a list to the one before (…、金融业、房地产业、营利性服务业及非营利性服务业). */
    private static final String LAST_ITEM_JOINERS = "及和与";
    /** 年均 before 分别: the yearly rate of each amount paired (GDP年均增长7.5%), no average of it. */
    private static final String YEARLY = "年均";
    /** 同比 or 环比 before 分别 (同比日均分别增长): the basis of the changes, no word of their thing. */
    private static final Pattern CHANGE_BASES = Pattern.compile("同比|环比");
    static final String SHARE_VERB = "占";
    /** A shared noun is a word or two (增量资金); longer words after the list say more than what it measures. */
    private static final int MIN_SHARED_NOUN = 2;
    private static final int MAX_SHARED_NOUN = 6;
    private static final String ENUMERATION_COMMA = "、";
    /** Numerals a list may name items by (第一、二、三产业; 一、二线城市), and the ordinal mark the first may carry. */
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String ORDINAL = "第";
    /** A clause ending in 中 frames the whole the items are parts of (一般公共预算支出中，). */
    private static final String WITHIN = "中";
    /** 方面 only says "as for" (教育方面). */
    private static final String ASPECT = "方面";
    /** Words a rate or ratio ends with: an item ending so is a whole measure, which takes no other item's tail. */
    private static final List<String> RATIO_ENDS = List.of("率", "比例", "比重", "占比");
    /** Words of a measure an item is written before (一般公共预算支出 → 一般公共预算教育支出). */
    private static final List<String> MEASURE_WORDS = List.of("增加值", "零售额", "营业额", "库存量", "订单量", "支出", "收入",
        "投资", "产量", "销量", "产值", "贷款", "存款", "出口", "进口", "利润", "零售", "价格", "数量");

    private Enumeration() {
    }

    /** The item the quantity is paired with, or "" when the clause is no such enumeration. */
    static String itemOf(QuantityScope scope) {
        String text = scope.text;
        int mark = text.lastIndexOf(RESPECTIVELY, scope.quantity.start());
        if (mark < scope.clause.start()) {
            return "";
        }
        List<Quantity> listed = scope.quantitiesIn(mark, scope.clause.end());
        int index = listed.indexOf(scope.quantity);
        String subjects = Affixes.strip(FrameEnds.afterFrame(text.substring(scope.clause.start(), mark)));
        if (subjects.isEmpty()) {
            subjects = Affixes.strip(FrameEnds.afterFrame(scope.previousClauseTopic()));
        }
        String periodsLeft = withoutListedYears(subjects, listed.size());
        if (!periodsLeft.equals(subjects)) {
            // the items are years, which the period says: each amount measures what all of them do
            return StrayMarks.tidy(periodsLeft);
        }
        List<String> items = split(subjects, listed.size());
        if (items.size() < 2 && index >= 0) {
            // a second 分别 goes on with the items of the first (饮料类、烟酒类商品零售分别增长…，两年分别平均增长…):
            // each item with what this clause says of it
            List<String> earlier = split(earlierItems(scope), listed.size());
            if (earlier.size() >= 2 && listed.size() <= earlier.size()) {
                String predicate = text.substring(mark + RESPECTIVELY.length(), listed.get(0).start());
                return StrayMarks.tidy(withSharedWords(earlier, index) + subjects + Affixes.strip(predicate));
            }
        }
        if (items.size() < 2 || index < 0 || index >= items.size()) {
            return "";
        }
        return StrayMarks.tidy(withinWhole(scope, withSharedWords(items, index) + sharedNounAfter(scope, listed)));
    }

    /**
     * The words without a list of as many years as there are amounts (渣打集团2022和2023财年每股盈测 → 渣打集团每股盈测:
     * see {@link RespectiveYears}); the words themselves when they list no such years.
     */
    private static String withoutListedYears(String words, int amounts) {
        Span list = RespectiveYears.listIn(words, 0, words.length());
        if (list == null || RespectiveYears.years(words, list).size() != amounts) {
            return words;
        }
        return words.substring(0, list.start()) + words.substring(list.end());
    }

    /**
     * An item of a whole framed by the clause before (一般公共预算支出中，教育、社会保障和就业、卫生健康方面同比分别增长…):
     * the whole's measure of that item, the item written before the measure's word (一般公共预算教育支出).
     */
    private static String withinWhole(QuantityScope scope, String item) {
        String frame = scope.previousClauseTopic();
        if (!frame.endsWith(WITHIN)) {
            return item;
        }
        String whole = Affixes.strip(FrameEnds.afterFrame(frame.substring(0, frame.length() - WITHIN.length())));
        String item0 = item.endsWith(ASPECT) ? item.substring(0, item.length() - ASPECT.length()) : item;
        return MEASURE_WORDS.stream().filter(w -> whole.endsWith(w) && whole.length() > w.length() && !item0.endsWith(w))
            .findFirst()
            .map(w -> whole.substring(0, whole.length() - w.length()) + item0 + w)
            .orElse(item);
    }

    /**
     * The noun after the last amount of the list, which all of them measure (公募、私募分别带来约7100、3150亿元增量资金 →
     * 增量资金), or "".
     */
    private static String sharedNounAfter(QuantityScope scope, List<Quantity> listed) {
        Quantity last = listed.get(listed.size() - 1);
        if (last.end() >= scope.clause.end()) {
            return "";
        }
        String noun = Phrases.after(scope.text.substring(last.end(), scope.clause.end()), false);
        return noun.length() >= MIN_SHARED_NOUN && noun.length() <= MAX_SHARED_NOUN && Phrases.isChinese(noun) ? noun : "";
    }

    /**
     * The amount of the sentence the quantity is paired with when a 分别 naming no items follows amounts stated one by
     * one (…超3900列，装载货物量超450万吨，同比分别增长17.4%和25.2% → 3900列, 450万吨), or null.
     */
    static Quantity pairedAmount(QuantityScope scope) {
        int mark = scope.text.lastIndexOf(RESPECTIVELY, scope.quantity.start());
        if (mark < scope.clause.start() || pairingWords(scope, mark) == null) {
            return null;
        }
        List<Quantity> listed = scope.quantitiesIn(mark, scope.clause.end());
        List<Quantity> stated = scope.quantitiesIn(scope.sentence.start(), scope.clause.start()).stream()
                .filter(q -> !QuantityScope.TIME_SPAN_UNITS.contains(q.unit())).toList();
        int index = listed.indexOf(scope.quantity);
        if (index < 0 || listed.size() < 2 || stated.size() < listed.size()) {
            return null;
        }
        return stated.get(stated.size() - listed.size() + index);
    }

    /**
     * The words before the 分别 of a pairing (日均 of 日均分别增长16.5%、8.3%: per day, each of the amounts before): "" or
     * an averaging word; null when they name items of their own.
     */
    private static String pairingWords(QuantityScope scope, int mark) {
        String before = CHANGE_BASES.matcher(Affixes.strip(FrameEnds.afterFrame(scope.text.substring(scope.clause.start(), mark))))
            .replaceAll("");
        return before.isEmpty() || Affixes.AVERAGES.contains(before) || before.equals(YEARLY) ? before : null;
    }

    /** The paired amount's label with the averaging word the pairing's amounts share (日均 + 购物件数), once. */
    static String withPairedAveraging(QuantityScope scope, String label) {
        int mark = scope.text.lastIndexOf(RESPECTIVELY, scope.quantity.start());
        String words = mark >= scope.clause.start() ? pairingWords(scope, mark) : null;
        return words == null || !Affixes.AVERAGES.contains(words) || label.startsWith(words) ? label : words + label;
    }

    /** Whether the paired amounts are shares (分别占同期总额的53.7%和59.2%). */
    static boolean pairsShares(QuantityScope scope) {
        int mark = scope.text.lastIndexOf(RESPECTIVELY, scope.quantity.start());
        return mark >= 0 && scope.text.startsWith(SHARE_VERB, mark + RESPECTIVELY.length());
    }

    /** The items before the 分别 of an earlier clause of the sentence, or "". */
    private static String earlierItems(QuantityScope scope) {
        String items = "";
        for (Span clause : scope.sentenceClauses()) {
            int mark = scope.text.indexOf(RESPECTIVELY, clause.start());
            if (clause.end() <= scope.clause.start() && mark >= 0 && mark < clause.end()) {
                items = Affixes.strip(FrameEnds.afterFrame(scope.text.substring(clause.start(), mark)));
            }
        }
        return items;
    }

    private static String withSharedWords(List<String> items, int index) {
        String item = items.get(index);
        String first = items.get(0);
        String last = items.get(items.size() - 1);
        String numbered = numbered(items, index);
        if (numbered != null) {
            return numbered;
        }
        String framed = framedWithTail(items, index);
        if (framed != null) {
            return framed;
        }
        // a shared head shows as a first item longer than all others, which ends otherwise (全国示范步行街客流量、营业额)
        // — not where the items hold joiners themselves (交通运输仓储和邮政业、批发和零售业): names of their own
        // — nor where the head would end inside a word (工业企|业关键工序数控化率): the first names its own thing
        if (index > 0 && first.length() > item.length() + 1 && longest(items) == first && !sameEnding(first, item)
                && !DictionaryWords.isWord(first.substring(first.length() - item.length() - 1, first.length() - item.length() + 1))
                && items.stream().skip(1).noneMatch(i -> lastJoiner(i) > 0)) {
            return first.substring(0, first.length() - item.length()) + item;
        }
        if (index < items.size() - 1) {
            // a shared tail: after items alike in length, what the longer last item has beyond them (男性、女性人口)
            if (last.length() > item.length() + 1 && longest(items) == last && alikeInLength(items.subList(0, items.size() - 1))) {
                // the tail starts after the last item's own word, which ends as this item does (男性、女性人口; 工业机器人、
                // 特殊作业机器人制造 → 工业机器人制造; 存款利率、贷款利率上浮比例 → 存款利率上浮比例)
                int own = last.lastIndexOf(item.charAt(item.length() - 1));
                if (own >= 0 && own + 1 < last.length()) {
                    return item + last.substring(own + 1);
                }
                // a last item ending as this one does has no tail (城镇化率、户籍人口城镇化率); a rate or ratio the last item
                // does not repeat is a whole measure (普及率、…覆盖农村人口比例); else its own word is as long as this item
                // (小麦、玉米种植比例)
                if (own < 0 && !RATIO_ENDS.stream().anyMatch(item::endsWith)) {
                    return item + last.substring(item.length());
                }
            }
            // else the measure the last item ends with (家具类、建筑及装潢材料类零售额; 服务器、3D打印设备产量)
            // — unless the item names its own measure (客流量、营业额) or the last item is that measure alone (产量、销量)
            boolean measured = MEASURE_WORDS.stream().anyMatch(item::endsWith)
                || MeasureWords.namesMeasure(item) || !Phrases.isChinese(item);
            return MEASURE_WORDS.stream().filter(w -> !measured && last.endsWith(w) && last.length() > w.length()).findFirst()
                .map(w -> item + w).orElse(item);
        }
        return item;
    }

    /**
     * A list framed by the words before its first item and closed by a measure the last item ends with, maybe against
     * a base (全国200家大型农副产品批发市场水果、鸡蛋、食用油库存量比月初分别增加…): the frame is where, not what; each item
     * takes the measure (水果库存量比月初, 鸡蛋库存量比月初, 食用油库存量比月初). Null when the list is no such.
     */
    private static String framedWithTail(List<String> items, int index) {
        if (items.size() < 3) {
            return null;
        }
        List<String> middle = items.subList(1, items.size() - 1);
        String first = items.get(0);
        String last = items.get(items.size() - 1);
        if (!alikeInLength(middle) || longest(items) != first || !middle.stream().allMatch(Phrases::isChinese)) {
            return null;
        }
        int own = middle.get(0).length();
        int tailAt = -1;
        for (String w : MEASURE_WORDS) {
            int at = last.indexOf(w);
            String rest = at > 0 ? last.substring(at + w.length()) : null;
            if (rest != null && (rest.isEmpty() || BASE_MARKS.stream().anyMatch(rest::startsWith))
                    && (tailAt < 0 || at < tailAt)) {
                tailAt = at;
            }
        }
        if (tailAt <= 0 || first.length() <= own + 1) {
            return null;
        }
        String tail = last.substring(tailAt);
        if (middle.stream().anyMatch(m -> m.contains(tail))) {
            return null;
        }
        String core = index == 0 ? withoutFrame(first)
            : index == items.size() - 1 ? last.substring(0, tailAt) : items.get(index);
        return core + tail;
    }

    /**
     * A list of one-character numerals sharing the ordinal mark of the first and the words after the last (第一、二、三产业
     * 用电量 → 第二产业用电量; 全国一、二线城市房价 → 二线城市房价): the item's numeral with both, the first with the words
     * before it too; null when the items are no such numerals, or one is written with two (十一、十二月份, 五一、十一).
     */
    private static String numbered(List<String> items, int index) {
        String first = items.get(0);
        int numeral = first.length() - 1;
        if (items.size() < 2 || !isNumeral(first, numeral) || isNumeral(first, numeral - 1)) {
            return null;
        }
        String ordinal = first.startsWith(ORDINAL, numeral - ORDINAL.length()) ? ORDINAL : "";
        for (int i = 1; i < items.size(); i++) {
            String item = withoutOrdinal(items.get(i));
            boolean last = i == items.size() - 1;
            if (!isNumeral(item, 0) || (!last && item.length() > 1) || isNumeral(item, 1)) {
                return null;
            }
        }
        String tail = withoutOrdinal(items.get(items.size() - 1)).substring(1);
        String words = index == 0 ? first.substring(0, numeral) : ordinal;
        char own = index == 0 ? first.charAt(numeral) : withoutOrdinal(items.get(index)).charAt(0);
        return tail.isEmpty() ? null : words + own + tail;
    }

    private static String withoutOrdinal(String item) {
        return item.startsWith(ORDINAL) ? item.substring(ORDINAL.length()) : item;
    }

    private static boolean isNumeral(String text, int at) {
        return at >= 0 && at < text.length() && NUMERALS.indexOf(text.charAt(at)) >= 0;
    }

    /** The first item without the frame of the list before it (全国200家大型农副产品批发市场水果 → 水果). */
    private static String withoutFrame(String first) {
        Matcher m = FRAME_END.matcher(first);
        return m.lookingAt() && first.length() - m.end() >= MIN_SHARED_NOUN ? first.substring(m.end()) : first;
    }

    private static String longest(List<String> items) {
        return items.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
    }

    private static boolean sameEnding(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && a.endsWith(b.substring(b.length() - 2));
    }

    private static boolean alikeInLength(List<String> items) {
        return items.stream().mapToInt(String::length).distinct().count() == 1;
    }

    /**
     * The items of a list, split at every separator — or only at the enumeration comma when that gives as many items as
     * there are amounts (社会保障和就业 is one item of 教育、社会保障和就业、卫生健康).
     */
    private static List<String> split(String subjects, int amounts) {
        // a forecast or plan written before the list is of every item, and names none (预计2022年公募、私募)
        subjects = NamelessWords.withoutLeadingModality(subjects);
        List<String> items = split(subjects, QuantityScope.LIST_SEPARATORS);
        if (items.size() != amounts && amounts >= 2) {
            List<String> byCommas = split(subjects, ENUMERATION_COMMA);
            if (byCommas.size() == amounts) {
                return byCommas;
            }
            // items that hold joiners themselves (交通运输仓储和邮政业、批发和零售业…、营利性服务业及非营利性服务业):
            // the commas part them, the last joiner the last two
            if (byCommas.size() == amounts - 1) {
                String last = byCommas.get(byCommas.size() - 1);
                int joiner = lastJoiner(last);
                if (joiner > 0) {
                    List<String> joined = new ArrayList<>(byCommas.subList(0, byCommas.size() - 1));
                    joined.add(last.substring(0, joiner));
                    joined.add(last.substring(joiner + 1));
                    return joined;
                }
            }
        }
        return items;
    }

    /** Where the last joiner of the item stands that is no part of a word (普及率, 和谐), or -1. */
    private static int lastJoiner(String item) {
        for (int i = item.length() - 2; i > 0; i--) {
            if (LAST_ITEM_JOINERS.indexOf(item.charAt(i)) >= 0 && !DictionaryWords.isWord(item.substring(i - 1, i + 1))
                    && !DictionaryWords.isWord(item.substring(i, i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> split(String subjects, String separators) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= subjects.length(); i++) {
            if (i == subjects.length() || separators.indexOf(subjects.charAt(i)) >= 0) {
                String item = StrayMarks.tidy(subjects.substring(start, i));
                if (!item.isEmpty()) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return items;
    }
}
