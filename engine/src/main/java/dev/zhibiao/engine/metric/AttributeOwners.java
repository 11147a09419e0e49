package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Attributes that name nothing without what they are of (标准, 总投资规模, 全长, 进度, 这一数字): the thing of the topic
 * the sentence opens with or of the fact before them owns them, and is written before them in the label.
 */
final class AttributeOwners {
    /** The attribute of a share of a group (比例超过38.5%). */
    private static final String SHARE_RATIO = "比例";
    /** Attributes that name nothing without their topic (标准为1000元/生•年 under 扶贫专项助学金). */
    static final Set<String> ATTRIBUTES = Set.of("标准", "规模", "金额", SHARE_RATIO, "数量", "总数", "总额", "总量", "现价总量");
    /**
     * Attributes of a thing the sentence opens with (一是晟源休闲山庄，投资约500万元，…建筑面积730平方米): they name
     * nothing without it.
     */
    private static final Set<String> TOPIC_ATTRIBUTES = Set.of(
            "投资", "总投资", "建筑面积", "占地面积", "占地", "面积", "总面积", "产值", "年产值", "总产值", "全长", "总长", "长度");
    /** Real or nominal terms of a change: of the level stated before it (人均可支配收入达15705元，实际增长7.3%). */
    private static final Set<String> TERMS = Set.of("实际", "名义");
    /** Words measuring something about the fact before them (冬小麦播种面积超过3000万亩，进度超过98%; 工程355处，惠及15.6万人). */
    private static final Set<String> RELATIVE_WORDS = Set.of("进度", "惠及");
    /** A figure referred back to (这一数字, 这个数字, 该数字): the thing the fact before measured. */
    private static final String FIGURE = "数字";
    private static final Pattern FIGURE_REFERRED_BACK =
        Pattern.compile("(?:这一|这个|该|(?<![因如从彼])此)数字(?!经济|化|技术|产业|资产|货币|人民币|中国|政府|乡村)");
    /** A dimension named by one adjective (高, 顶高, 坝高, 宽): an attribute of a thing, like 全长. */
    private static final Pattern DIMENSION_WORD = Pattern.compile("(?:(?![提最升增加抬])\\p{IsHan})?[高宽深]");
    /** A bare measure (利润, 利润总额) is this long at most; a longer label names its thing. */
    private static final int MAX_BARE_MEASURE = 5;
    /** A measure or dimension that a topic clause before it owns (全长, 顶高) is this long at most. */
    static final int MAX_TOPIC_ATTRIBUTE = 4;
    static final int MIN_OWNER_LENGTH = 2;
    static final int MAX_OWNER_LENGTH = 12;
    /** Governing its parts (下辖, 辖, 管辖), not a district (辖区) nor a municipality (直辖市). */
    private static final Pattern GOVERNS = Pattern.compile("(?<!直)辖(?![区市])");
    private static final String DONE = "已";
    private static final String VISITS_UNIT = "人次";
    private static final String TOTAL_PREFIX = "总";
    private static final Set<String> TIME_SPAN_UNITS = QuantityScope.TIME_SPAN_UNITS;
    /** Facts that state a thing's amount, which may own an attribute after them: no change, no span of time. */
    static final Predicate<Quantity> THING_FACT = q -> q.change() == null && !TIME_SPAN_UNITS.contains(q.unit());
    private static final char LIST_COMMA = Phrases.ENUMERATION_COMMA;

    private AttributeOwners() {
    }

    /**
     * The label of an attribute with its owner before it (扶贫专项助学金标准, 京杭大运河苏南段全长); "" when the label is
     * no attribute of that kind or no owner is found where one must be.
     */
    static String owned(QuantityScope scope, String label, PlaceWords placeWords, NeighbourLabels labels) {
        if (ATTRIBUTES.contains(label)) {
            // an attribute alone (标准为1000元) is of the topic the clause before names (扶贫专项助学金，标准为…)
            String topic = describedTopicBefore(scope);
            if (topic.isEmpty()) {
                topic = ownerOfAttribute(scope, label, false, labels);
            }
            if (topic.isEmpty()) {
                topic = groupOfShare(scope, label, labels);
            }
            return topic + label;
        }
        if (isCompoundAttribute(label)) {
            // a compound attribute (总投资规模, 现价总量) is of the thing of the fact before, like its last word
            String owner = ownerOfAttribute(scope, label, false, labels);
            if (!owner.isEmpty()) {
                return owner + label;
            }
        }
        if (TOPIC_ATTRIBUTES.contains(label)) {
            String topic = StrayMarks.tidy(placeWords.withoutLeadingPlaces(Affixes.strip(ClauseTopics.topic(scope.openingClause()))));
            if (topic.isEmpty()) {
                topic = SentenceTopics.namedTopic(scope, label, placeWords);
            }
            if (topic.isEmpty()) {
                topic = SentenceTopics.spacedTopic(scope, label, placeWords);
            }
            return (topic.isEmpty() ? ownerBefore(scope, label, labels) : topic) + label;
        }
        if (TERMS.contains(label) && scope.quantity.change() != null) {
            String level = labels.previousLabel(scope, q -> q.change() == null, true);
            return level.isEmpty() ? label : level + label;
        }
        if (RELATIVE_WORDS.contains(label)) {
            String previous = labels.previousLabel(scope, q -> true, true);
            return (previous.isEmpty() ? BenefitingDeeds.before(scope, label) : previous) + label;
        }
        if (label.startsWith(FIGURE) && refersBack(scope.left())) {
            // 这一数字已增至近400头: the figure is the one the fact before gave (野生东北虎…这一数字)
            String previous = labels.previousLabel(scope, q -> true, true);
            if (!previous.isEmpty()) {
                return previous + label.substring(FIGURE.length());
            }
        }
        if (label.length() >= 2 && label.length() <= MAX_BARE_MEASURE && scope.quantity.change() == null && Phrases.isChinese(label)
                && MeasureWords.withoutTrailingMeasure(label).isEmpty()) {
            // a bare measure opening its clause (利润达10万元) after a measure of a named thing in the same unit
            // (每栋草莓大棚收入13万元以上) is a sibling measure of that thing
            String owner = ownerOfAttribute(scope, label, true, labels);
            if (!owner.isEmpty()) {
                return owner + label;
            }
        }
        if (label.length() >= 2 && label.length() <= MAX_TOPIC_ATTRIBUTE && Phrases.isChinese(label)
                && (MeasureWords.namesMeasure(label) && MeasureWords.withoutTrailingMeasure(label).isEmpty()
                    || DIMENSION_WORD.matcher(label).matches())) {
            // a bare measure or dimension opening the clause after one saying what the topic is (…为三统河源头，全长…)
            String topic = SentenceTopics.namedTopic(scope, label, placeWords);
            if (!topic.isEmpty()) {
                return topic + label;
            }
        }
        if (label.length() >= 2 && label.length() <= MAX_TOPIC_ATTRIBUTE && Phrases.isChinese(label)
                && scope.quantity.change() == null) {
            // any attribute opening the clause after one naming a structure alone is the structure's (设计库容 of 水库)
            String structure = SentenceTopics.structureTopic(scope, label, placeWords);
            if (!structure.isEmpty()) {
                return structure + label;
            }
        }
        String had = FacilitiesHad.owner(scope, label, labels);
        return had.isEmpty() ? "" : had + label;
    }

    /**
     * The thing an attribute opening its clause is of, when the sentence opens with no topic: the thing of the fact
     * stated right before it in the sentence, without that fact's own measure (我国规划了49个国家公园候选区，总面积…
     * → 国家公园候选区; 福军玉米烘干加工厂年生产量约2万吨，年产值… → 福军玉米烘干加工厂); "" when the attribute
     * has words before it in its clause or no fact precedes it.
     */
    private static String ownerBefore(QuantityScope scope, String attribute, NeighbourLabels labels) {
        if (!openingWords(scope).equals(attribute)) {
            return "";
        }
        if (listsPartsGoverned(scope)) {
            return ""; // the parts a place governs (街道下辖3个社区，3个村，总面积…) are not what its attribute is of
        }
        String previous = labels.previousLabel(scope, THING_FACT, true);
        String owner = MeasureWords.withoutTrailingMeasure(previous);
        // a long label, or one saying what has been done (传化已经上新项目), states what happened (智能制造重大产业项目同时
        // 布局…), naming no one thing to own the attribute
        return owner.length() > MAX_OWNER_LENGTH || owner.contains(DONE) ? "" : owner;
    }

    /** The words before the amount in its clause, without affixes and total markers (总投资规模比去年同期增加 → 总投资规模…). */
    static String openingWords(QuantityScope scope) {
        return Affixes.strip(Doers.afterTotalMarker(StrayMarks.tidy(scope.left())));
    }

    /**
     * The people counted right before a share of them opening its clause (经常参加体育锻炼的人数达到5.4亿人，比例超过38.5%
     * → 经常参加体育锻炼的人数): the share is that group's part of the population; "" when the attribute is no share in
     * percent or the fact before it in the sentence counts no people.
     */
    private static String groupOfShare(QuantityScope scope, String attribute, NeighbourLabels labels) {
        if (!attribute.equals(SHARE_RATIO) || !scope.quantity.unit().equals(MetricLabeler.PERCENT)
                || !openingWords(scope).equals(attribute)) {
            return "";
        }
        Quantity group = scope.previous(THING_FACT, true);
        return group == null || !MetricLabeler.PEOPLE_UNITS.contains(group.unit()) && !group.unit().equals(VISITS_UNIT)
            ? "" : labels.neighbour(scope, group);
    }

    /** Whether the sentence lists the parts a place governs (街道下辖3个社区，3个村，总面积…) before the amount. */
    private static boolean listsPartsGoverned(QuantityScope scope) {
        return GOVERNS.matcher(scope.text).region(scope.sentence.start(), scope.quantity.start()).find();
    }

    /** Whether the words may name the thing an attribute is of: a few Chinese words (镇域红石河, 京杭大运河苏南段). */
    static boolean namesOwner(String words) {
        return words.length() >= MIN_OWNER_LENGTH && words.length() <= MAX_OWNER_LENGTH && Phrases.isChinese(words);
    }

    /** A measure word, then an attribute, five characters at most (总投资规模, 投资金额, 利润总额). */
    private static boolean isCompoundAttribute(String label) {
        if (label.length() <= 2 || label.length() > MAX_BARE_MEASURE) {
            return false;
        }
        for (String attribute : ATTRIBUTES) {
            if (attribute.length() >= 2 && label.length() > attribute.length() && label.endsWith(attribute)
                    && MeasureWords.namesMeasure(label.substring(0, label.length() - attribute.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The thing an attribute opening its clause (利润达10万元, 总投资规模比去年同期增加252亿元) is of: the thing of the
     * fact stated right before it in the sentence without that fact's measure; "" when the attribute has words before
     * it in its clause, the fact before is an item of a list (…、民航941.2万人次，总量为…) or counts people (惠及约6700万人,
     * 接待游客514.55万人次), or, when {@code siblingMeasure}, that fact names no measure of its own or has another unit.
     */
    private static String ownerOfAttribute(QuantityScope scope, String attribute, boolean siblingMeasure,
            NeighbourLabels labels) {
        String opening = openingWords(scope);
        if (!opening.equals(attribute) && !Affixes.strip(ChangeBases.beforeBaseOfChange(opening)).equals(attribute)) {
            return "";
        }
        if (listsPartsGoverned(scope)) {
            return "";
        }
        Quantity previous = scope.previous(THING_FACT, true);
        // measures listed one after another (“海巡03”轮设计总长128.6米、排水量达5560吨、续航力可达10000海里) are all of the
        // thing the first names, whatever their units
        boolean listedMeasure = siblingMeasure && previous != null && followsListedAmount(scope, previous);
        if (previous == null || MetricLabeler.PEOPLE_UNITS.contains(previous.unit()) || previous.unit().equals(VISITS_UNIT)
                || siblingMeasure && !listedMeasure && !previous.unit().equals(scope.quantity.unit())) {
            return "";
        }
        if (!listedMeasure && isListItem(scope, scope.of(previous).leftStart())) {
            return "";
        }
        String label = labels.neighbour(scope, previous);
        String owner = MeasureWords.withoutTrailingMeasure(label);
        if (siblingMeasure && owner.equals(label)) {
            return "";
        }
        if (!siblingMeasure && owner.isEmpty() && ATTRIBUTES.contains(attribute) && Phrases.isChinese(label)) {
            owner = label; // the size of a measure itself (地区生产总值626.9亿元，现价总量比同期增加73.5亿元)
        }
        // 园区烟叶总产值 owns its attributes as 园区烟叶
        owner = owner.endsWith(TOTAL_PREFIX) ? owner.substring(0, owner.length() - TOTAL_PREFIX.length()) : owner;
        if (listedMeasure && owner.length() >= MIN_OWNER_LENGTH
                && attribute.startsWith(owner.substring(owner.length() - MIN_OWNER_LENGTH))) {
            return ""; // the measure names its thing already (森林面积120万亩、森林覆盖率; 绿地面积…、绿地率)
        }
        return owner.length() < MIN_OWNER_LENGTH || owner.length() > MAX_OWNER_LENGTH || owner.contains(DONE) ? "" : owner;
    }

    private static boolean isListItem(QuantityScope scope, int itemStart) {
        return itemStart > 0 && scope.text.charAt(itemStart - 1) == LIST_COMMA;
    }

    /** Whether the amount's words open right after {@code previous} and a list comma (128.6米、排水量达5560吨). */
    private static boolean followsListedAmount(QuantityScope scope, Quantity previous) {
        int start = scope.leftStart();
        return start < scope.text.length() && scope.text.charAt(start) == LIST_COMMA && previous.end() == start;
    }

    /** Whether the words before an amount refer back to the figure of the fact before (这一数字, 这个数字, not 因此数字经济). */
    private static boolean refersBack(String left) {
        return FIGURE_REFERRED_BACK.matcher(left).find();
    }

    /** The thing the clause before names, past its frame and what describes it (简牍经持续揭剥粘连 → 简牍). */
    static String describedTopicBefore(QuantityScope scope) {
        return StrayMarks.tidy(Affixes.strip(
            ClauseTopics.beforeDescription(FrameEnds.afterFrame(scope.previousClauseTopic()))));
    }
}
