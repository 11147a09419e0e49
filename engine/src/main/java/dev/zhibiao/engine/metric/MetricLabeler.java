package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.ListedPlaceCounts;
import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.region.RegionResolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels what a quantity measures with a short phrase in the text's own words: the noun phrase before the amount
 * (村集体经济总收入达2026.55万元), the verb before and the noun after it (共领办783件实事 → 领办实事), or the noun and
 * predicate after it at a clause start (82个村获自治区命名星级党组织). Stateless and thread-safe.
 */
public final class MetricLabeler {
    /** Labels for amounts that name nothing but carry their unit (共有4645户 → 户数). */
    private static final Map<String, String> UNIT_NOUNS = Map.of(
            "户", "户数", "人", "人数", "名", "人数", "位", "人数", "口", "人口", "岁", "年龄", "人次", "人次", "家", "家数");
    static final String SHARE = "占比";
    static final String PERCENT = "%";
    private static final String SHARE_VERB = Enumeration.SHARE_VERB;
    /** Fewer words after a comparison's base (比上年同期多, 较去年提前) say how it compares, not what. */
    private static final int MIN_NOUN_AFTER_BASE = 3;
    /** A share is written in percent or as a fraction without a unit (占总数的约五分之三); 占地30亩 is an area. */
    private static final Set<String> SHARE_UNITS = Set.of("%", "");
    static final String LIST_OPENER = "其中";
    /** 有 saying a part of the things just counted is there (33座隧道已有29座, 96个省中已有45个). */
    static final String EXISTENTIAL = "有";
    /** A thing named by the topic before is at least a word of two characters (灌渠), not a measure word left over. */
    private static final int MIN_TOPIC_NOUN = 2;
    /** Counts joined by 和, 及 or 、 followed to the last one's predicate, at most. */
    static final int MAX_CONJOINED = 3;
    /** Words after the last of joined counts longer than this hold a predicate, not only its noun (非洲国家建立对口合作机制). */
    static final int MAX_JOINED_NOUN = 6;
    /** 与 joining a partner to a subject count (14个市州与28个非洲国家建立…): what they do together names both. */
    static final String COMITATIVE = "与";
    /** A verb of passing places (流经, 串联起) is a few characters long. */
    private static final int MAX_PLACE_VERB = 3;
    private static final Set<String> MEDAL_UNITS = Set.of("金", "银", "铜");
    /** Units that name the members of a group (九部门, 3省份): no noun stands between the amount and what they did. */
    private static final Set<String> NAMING_UNITS = Set.of("部门", "部委", "省份", "省市", "省区", "成员国");
    private static final String HOUSEHOLD_UNIT = "户";
    private static final String POPULATION = "人口";
    /** Units that count people: a population heading (深度贫困人口) already names their count. */
    static final Set<String> PEOPLE_UNITS = Set.of("人", "名", "口");
    private static final String AGE_UNIT = "岁";
    /** Classifiers counting people only (名, 位): a one-character noun before 的 after them is the people's possessor. */
    private static final Set<String> PERSON_CLASSIFIERS = Set.of("名", "位");
    private static final String MODIFIER_END = Phrases.MODIFIER;
    /** 有 after a description (产量同比增长的有45种): the things counted are those that fit it. */
    private static final String LISTED_AS_FITTING = LongLabels.LISTED_AS_FITTING;
    /**
     * A verb making the things counted after it do something (带动一万多家企业实施数字化融合升级, 帮助近2000名女孩走出大山):
     * what they were brought to do says which things are counted.
     */
    static final Pattern PIVOT_VERB = Pattern.compile("(?:带动|帮助|推动|吸引|引导|鼓励|支持|组织)了?");
    /** What the things were brought to do is a few words; a longer run (在疫情期间稳定生产经营并…) tells more than which. */
    static final int MAX_PIVOT_PREDICATE = 10;
    /** What a whole is made up of (…3个板块组成): 由 before its parts is no "by" there. */
    private static final Pattern MADE_UP = Pattern.compile(PartsOfWholes.MAKING_UP_VERBS);
    private static final Set<String> TIME_SPAN_UNITS = QuantityScope.TIME_SPAN_UNITS;
    /** A streak (已连续31个月超过30%) is named by the condition that held. */
    private static final String STREAK = "连续";
    /** Adverbs before 连续 (已连续, 已经连续): no part of the subject whose streak it is. */
    private static final Pattern STREAK_ADVERBS = Pattern.compile("(?:已经|已|均|都)$");
    /** Verbs of reaching an amount that name nothing by themselves (完成67.5万吨). */
    private static final Set<String> ACHIEVING_VERBS = Set.of("完成", "实现", "达到", "达");
    private static final Set<String> HARVEST_CHANGES = Set.of("增产", "减产");
    private static final String YIELD = "产量";
    /** What went on in a streak is a verb of a few characters (加快, 保持增长). */
    private static final int MAX_STREAK_VERB = 4;
    /** A share named by its part and its whole (实际使用外资占全国实际使用外资), no word of share after the whole (比重, 比例). */
    private static final Pattern SHARE_OF_WHOLE = Pattern.compile("(\\p{IsHan}{2,}?)占(?![比有用据领地])\\p{IsHan}{2,}(?<!比重|比例|份额|比率)");
    /** A change verb is one or two characters (增, 提高). */
    private static final int MAX_CHANGE_VERB = 2;
    /** Point and basis-point changes are changes of a rate given in percent. */
    private static final Set<String> RATE_CHANGE_UNITS = Set.of("个百分点", "基点");

    private final PlaceWords placeWords;

    /** A labeler that recognizes place names with the shared region resolver. */
    public MetricLabeler() {
        this(RegionResolver.shared());
    }

    public MetricLabeler(RegionResolver places) {
        this.placeWords = new PlaceWords(places);
    }

    /**
     * The verb taking the list of examples before the amount (覆盖肿瘤、代谢等); a list too long for the phrase bound
     * (举办徒步、骑行、…、露营等十余项活动) is read from its clause start, the verb coming before its first item.
     */
    private static String verbBeforeExamples(QuantityScope scope, String items) {
        String verb = ExampleLists.verbBeforeExamples(items);
        String clause = verb.isEmpty() ? scope.leftCutByBound() : "";
        return clause.isEmpty() ? verb : ExampleLists.verbBeforeExamples(clause);
    }

    /** For a labeling told no words the post writes its places with (a quantity labelled alone, a text without places). */
    private static final Predicate<String> NO_WRITTEN_PLACES = words -> false;

    /** Label of what {@code quantity} measures, from the text around it; "" when nothing sensible is found. */
    public String label(String text, Quantity quantity) {
        return label(text, quantity, AmountSpotter.inParagraphOf(text, quantity.start()));
    }

    /**
     * As {@link #label(String, Quantity)}, knowing the other quantities of the text (any superset of the
     * paragraph's): they bound the phrases exactly and pair enumerated amounts with their items.
     */
    public String label(String text, Quantity quantity, List<Quantity> textQuantities) {
        return labelAlone(placeWords, text, quantity, textQuantities);
    }

    /** The label of one quantity by a labeling of its own, which borrows from no other labeling's findings. */
    static String labelAlone(PlaceWords placeWords, String text, Quantity quantity, List<Quantity> textQuantities) {
        return new Labeling(placeWords).of(QuantityScope.of(text, quantity, textQuantities));
    }

    /**
     * The labels of all the quantities of a text, in their order: one labeling shares what it found, so a long run of
     * parallel facts (柳河镇10069.58公顷，五道沟镇4203.95公顷，… each borrowing the whole's measure) is labelled to its end.
     */
    public List<String> labels(String text, List<Quantity> textQuantities) {
        return labels(text, textQuantities, NO_WRITTEN_PLACES);
    }

    /**
     * As {@link #labels(String, List)}, knowing which words the post writes its places with (the place context's
     * short forms and list heads, which no lexicon test finds): a label of only those names no thing.
     */
    public List<String> labels(String text, List<Quantity> textQuantities, Predicate<String> writtenPlaceName) {
        Labeling labeling = new Labeling(placeWords, writtenPlaceName);
        List<String> out = new ArrayList<>(textQuantities.size());
        for (Quantity q : textQuantities) {
            out.add(labeling.of(QuantityScope.of(text, q, textQuantities)));
        }
        return out;
    }

    /**
     * One labeling call. A label may borrow a neighbour's (inherited, widened), which may borrow again; the depth
     * bound keeps a call's cost constant however many amounts the paragraph has.
     */
    private static final class Labeling implements NeighbourLabels {
        private static final int MAX_BORROWS = 4;
        private final Map<Quantity, String> labelled = new HashMap<>();
        private final PlaceWords placeWords;
        /** Whether words are a place's name as the post writes it. */
        private final Predicate<String> writtenPlaceName;
        private final SubCategories subCategories = new SubCategories(this);
        private final HeadingThings headingThings;
        private int depth;

        Labeling(PlaceWords placeWords) {
            this(placeWords, NO_WRITTEN_PLACES);
        }

        Labeling(PlaceWords placeWords, Predicate<String> writtenPlaceName) {
            this.placeWords = placeWords;
            this.writtenPlaceName = writtenPlaceName;
            this.headingThings = new HeadingThings(placeWords);
        }

        String of(QuantityScope scope) {
            String computed = labelled.get(scope.quantity);
            if (computed == null) {
                computed = compute(scope); // not computeIfAbsent: computing borrows labels, which adds to the map
                labelled.put(scope.quantity, computed);
            }
            String befell = Casualties.withoutCause(Casualties.named(scope, computed));
            String widened = SubjectBeforeList.widen(scope,
                CoverbObjects.named(scope, LongLabels.concise(befell, scope.quantity.unit())), placeWords);
            // each rule takes the label the one before made, in this order
            // counts joined after one verb (串联起18个乡镇街道、200多个村 → 串联起村)
            String named = JoinedObjects.named(scope, widened, other -> neighbour(scope, other));
            // counts joined as owners of one object (提升3061个村、156.3万人口的饮水安全条件 → 提升饮水安全条件的村)
            named = PossessedObjects.named(scope, named);
            // kinds counted before their shared noun (3项国家级、6项省级非物质文化遗产 → 国家级非物质文化遗产), or after the
            // first kind's (省级规范化合作社2家，市级4家 → 市级规范化合作社)
            named = SharedKinds.named(scope, named, other -> neighbour(scope, other));
            named = PricedDeals.named(scope, named);
            // a time span measuring how long something went on (工作三年 → 工作时长, 履职七年来 → 履职时间)
            named = Durations.named(scope, named);
            // a term after the office filled in the clause before (选举…为古巴国家主席，任期5年 → 古巴国家主席任期)
            named = OfficeTerms.named(scope, named);
            // years of history (有着200多年历史的老屋 → 老屋历史)
            named = Histories.named(scope, named);
            // parts making up a whole (10多个部门组成的协调小组 → 组成协调小组的部门)
            named = PartsOfWholes.named(scope, named);
            named = Deadlines.named(scope, named);
            // money named by its allotting verb alone takes what it was for (投入3亿元实施…项目 → 投入实施…项目)
            named = FundedPurposes.named(scope, named);
            // aspects framing a deed (从九个方面提出明确要求 → 提出明确要求的方面)
            named = Aspects.named(scope, named);
            named = SchemeRates.named(scope, named);
            // an amount ranked by (对欧盟进出口以4905.2亿元继续排第一 → 对欧盟进出口)
            named = Rankings.named(scope, named, writtenPlaceName, () -> rankedParallel(scope));
            named = ParallelDeeds.named(scope, named);
            // a part of the things counted before reached by a later deed (收集问题诉求770多个，已解决330多个 → 解决问题诉求)
            named = FollowUpDeeds.named(scope, named, other -> neighbour(scope, other));
            // listed counts taking part in one act (25000名军人、167艘舰艇…参加了战备检查 → 参加战备检查的军人)
            named = SharedPredicates.named(scope, named);
            // parts of a whole divided (将食品添加剂的生产许可分为…等6个细类 → 食品添加剂的生产许可细类)
            named = Partitions.named(scope, named);
            named = TitledTopics.named(scope, named);
            named = TemperatureSwings.named(scope, named);
            named = Widenings.named(scope, named);
            named = Batches.named(scope, named, other -> neighbour(scope, other));
            // a move after its mover (比亚迪电子涨逾5% → 比亚迪电子涨幅)
            named = MoveRates.named(scope, named);
            // doers counted before what they did together (18个部门单位共同举办的…活动 → 共同举办…活动的部门单位)
            named = JointDeeds.named(scope, named);
            // a share of a whole before 的 doing something (中央财政资金的七成投向了民生领域 → 中央财政资金投向民生领域占比)
            named = WholeShares.named(scope, named);
            named = GroupShares.named(scope, named);
            return thingOfPlaceNamed(scope, named);
        }

        /**
         * For a label that is only a place's name as the post writes it (其中代化1905户, 长寨：596套 under 计划新建安置房2122套),
         * which says where, not what: the thing of the parallel fact before ({@link #parallelFact}, as for a place the
         * lexicon knows alone, 江西省也达到597.5亿元), else the one its list's heading counts; else the label as it is.
         */
        private String thingOfPlaceNamed(QuantityScope scope, String named) {
            if (!writtenPlaceName.test(named)) {
                return named;
            }
            String parallel = parallelFact(scope);
            String thing = parallel.isEmpty() ? headingThings.thingOf(scope) : parallel;
            return thing.isEmpty() ? named : thing;
        }

        /**
         * The measure of the fact a place ranked by an amount alone goes on from (深圳以14324.47亿元位居第一): the last fact
         * of its unit in the sentence, or in the paragraph when the sentence opens as a part of what came before (其中，…);
         * a fact ranked likewise (南京以3800亿元排名第二，苏州以5300亿元…) passes on the measure it ranks by. "" when none.
         */
        private String rankedParallel(QuantityScope scope) {
            boolean partOfBefore = scope.text.startsWith(LIST_OPENER, scope.sentence.start());
            Predicate<Quantity> sameUnit = sameUnit(scope.quantity);
            QuantityScope at = scope;
            for (int i = 0; i < MAX_BORROWS; i++) {
                Quantity previous = at.previous(sameUnit, !partOfBefore);
                if (previous == null) {
                    return "";
                }
                at = scope.of(previous);
                String label = neighbour(scope, previous);
                if (!Rankings.ranks(at)) {
                    return label;
                }
                String measure = Rankings.measure(at, label, writtenPlaceName);
                if (!measure.isEmpty()) {
                    return measure;
                }
            }
            return "";
        }

        /** The label of the last fact before in the same unit: parallel facts (柳河镇10069.58公顷，五道沟镇4203.95公顷). */
        private String parallelFact(QuantityScope scope) {
            return previousLabel(scope, sameUnit(scope.quantity), false);
        }

        @Override
        public String neighbour(QuantityScope scope, Quantity other) {
            String known = labelled.get(other);
            if (known == null && depth < MAX_BORROWS) {
                depth++;
                known = compute(scope.of(other));
                depth--;
                labelled.put(other, known);
            }
            return known == null ? "" : known;
        }

        private String compute(QuantityScope scope) {
            String raw = computeRaw(scope);
            if (scope.quantity.change() != null && HARVEST_CHANGES.contains(raw)) {
                // a harvest's change after its yield (早稻产量2.91万吨，增产0.2%) is the yield's; 该企业减产30% keeps its words
                String yield = previousLabel(scope, q -> q.change() == null, true);
                raw = yield.endsWith(YIELD) ? yield : raw;
            }
            if (Reversals.turns(scope)) {
                // a rate written in a turn (由下降5.0%转为增长21.5%) is of the thing that turned, maybe the fact before's
                String thing = Reversals.thing(scope, raw);
                raw = thing.isEmpty() ? inherited(scope) : Reversals.isBareRate(thing) ? inherited(scope) + thing : thing;
            }
            String label = Frames.without(raw);
            if (!label.equals(raw) && NamelessWords.nameNothing(label)) {
                // only the frame named anything (在上一年的基础上增长10%): the amount goes on with the fact before it
                String inherited = inherited(scope);
                return inherited.isEmpty() ? raw : inherited;
            }
            String assorted = Phrases.withoutAssortment(label);
            if (assorted.isEmpty()) {
                // how varied the things are (在当地有大大小小3万多条) says nothing of what they are: the thing the clause before
                // names does, past what describes it (像这样流淌着一泓清水的灌渠 → 灌渠)
                String inherited = inherited(scope);
                String thing = Phrases.afterLastModifier(inherited);
                return thing.length() < MIN_TOPIC_NOUN ? label : thing;
            }
            String placeless = PlaceGroups.without(Affixes.withoutGroupOrLinkEnd(assorted));
            String named = Reporters.without(PointingEnds.without(scope, placeless), scope.left());
            if (ACHIEVING_VERBS.contains(named)) {
                // a bare 完成 (货邮运输量持续保持高位，完成67.5万吨) is what the clause before's subject achieved
                String subject = ClauseTopics.subjectBeforePredicate(scope.previousClauseTopic());
                return subject.isEmpty() ? named : subject;
            }
            return named;
        }

        private String computeRaw(QuantityScope scope) {
            String restated = ClauseTopics.restatedInNextSentence(scope.text, scope.quantity, scope.sentence);
            if (!restated.isEmpty()) {
                return restated;
            }
            String item = Enumeration.itemOf(scope);
            if (!item.isEmpty()) {
                return item;
            }
            Quantity paired = Enumeration.pairedAmount(scope);
            if (paired != null) {
                String pairedLabel = Enumeration.withPairedAveraging(scope, neighbour(scope, paired));
                return pairedLabel + (Enumeration.pairsShares(scope) ? SHARE : "");
            }
            Quantity from = scope.leftStartsAfterAmount() ? scope.previous(q -> !scope.isTimeSpanFrame(q), true) : null;
            if (from != null && FromToChanges.fromTo(scope.of(from).left(), scope.left())) {
                // 合作社由十年前的不足百个发展到目前的1735个: what went from one amount to the other
                return neighbour(scope, from);
            }
            boolean afterCountNoun = false;
            boolean partOfCounted = false;
            // only a count of places and its noun before this one, maybe with 的 (欧洲25个国家227个城市, 26个国家的235个城市)
            boolean withinCountedPlaces = false;
            // an amount naming its own thing that opens a title's clause after a space (暴风雪肆虐美东北部 近45万用户停电): the
            // clause before the space is another fact's
            boolean opensSpacedClause = SpacedClauses.endsInClauseSpace(scope.left()) && !scope.nounAfter().isEmpty();
            String raw = opensSpacedClause ? "" : placeWords.afterLocative(
                    ExampleLists.afterExamples(FrameEnds.afterFrame(SpacedClauses.afterSpace(scope.left()))),
                    () -> !scope.predicateAfter().isEmpty());
            String counted = Doers.afterTotalMarker(raw);
            if (counted.length() < raw.length()) {
                raw = counted;
            } else if (scope.leftStartsAfterAmount()) {
                // after another amount only the last item of the enumeration names this one (、林业收入1033万元)
                raw = ExampleLists.afterLastSeparator(raw);
                String own = withoutNounOfCountBefore(scope, raw);
                afterCountNoun = own.length() < raw.length();
                String noun = raw.substring(0, raw.length() - own.length());
                withinCountedPlaces = afterCountNoun && (own.isEmpty() || own.equals(MODIFIER_END))
                    && PlaceWords.namesKindOfPlace(noun);
                if (afterCountNoun && Affixes.strip(own).isEmpty() && own.endsWith(EXISTENTIAL)) {
                    // a part of the things just counted (33座隧道已有29座, 96个省中已有45个): they name it, what the
                    // part did says which
                    own = noun.endsWith(CountedParts.AMONG)
                        ? noun.substring(0, noun.length() - CountedParts.AMONG.length()) : noun;
                    partOfCounted = true;
                }
                raw = own;
            }
            raw = Anaphors.resolved(scope, raw);
            String notes = Phrases.withoutNotes(raw);
            String stripped = Affixes.strip(notes);
            if (scope.quantity.counted() && scope.quantity.change() == null && notes.endsWith(LISTED_AS_FITTING)) {
                // the things that fit a description (产量同比增长的有45种): a change in it is what they share, not a change
                // of the count, so it stays
                String fitting = Affixes.stripLeading(notes.substring(0, notes.length() - LISTED_AS_FITTING.length()));
                boolean changeEnds = fitting.startsWith(stripped) && fitting.length() > stripped.length()
                    && Affixes.strip(fitting.substring(stripped.length())).isEmpty();
                stripped = changeEnds ? fitting : stripped;
            }
            String withoutDoer = PickedThings.fromPickingVerb(
                Doers.afterOrganization(withoutLeadingPlacesBut(stripped)),
                scope.text, scope.quantity.start(), () -> !scope.predicateAfter().isEmpty());
            String left = scope.quantity.change() != null ? Doers.afterDisposal(withoutDoer) : withoutDoer;
            String afterBase = scope.quantity.change() == null ? ChangeBases.afterLeadingBase(left) : null;
            if (afterBase != null && (afterBase.isEmpty() || afterBase.length() >= MIN_NOUN_AFTER_BASE)
                    && !ChangeBases.isRelativeRate(afterBase)) {
                // the base of a comparison (比2020年的73129亿元) is an amount of the thing compared, named after it
                // (相比2020年102719亿元的GDP) or before it (相比2020年广东GDP总量110760.94亿元); a rate against the
                // base (相比2019年增长率) keeps it
                boolean namedAfter = !DescribedThings.thingAfter(scope).isEmpty();
                String thing = afterBase.isEmpty() && !namedAfter ? ChangeBases.beforeBaseOfChange(comparedThing(scope)) : "";
                if (!thing.isEmpty()) {
                    return thing;
                }
                left = placeWords.withoutLeadingPlaces(afterBase);
            }
            String partOfWhole = CountedParts.partOfWhole(scope, this);
            if (!partOfWhole.isEmpty()) {
                return partOfWhole;
            }
            ListHeading heading = ListHeading.of(scope);
            if (heading != null && heading.names(scope, left)) {
                return heading.total() != null ? neighbour(scope, heading.total()) : heading.thing();
            }
            String price = MarketMoves.quotedPrice(left);
            if (!price.isEmpty()) {
                // an index or a rate is named with its price (恒指报价, 在岸人民币兑美元现价); a security quoted by its code
                // (海伦司(09869.HK)…现报17.96港元) is the price of the post's stock
                return MarketMoves.quotesSecurity(scope.text.substring(scope.sentence.start(), scope.quantity.start()))
                    ? price : QuotedLevels.mover(scope) + price;
            }
            String rateAgainstBase = scope.quantity.change() != null ? ChangeBases.rateAgainstBase(left, raw) : "";
            if (!rateAgainstBase.isEmpty()) {
                // a rate alone says nothing without the base it changed against (增速比上年提高1.5个百分点 → 增速比上年)
                return rateAgainstBase;
            }
            if (scope.quantity.change() != null && ChangeBases.onlyBaseOfChange(left)) {
                String thing = ChangeBases.beforeBaseOfChange(comparedThing(scope));
                Matcher share = SHARE_OF_WHOLE.matcher(thing);
                if (RATE_CHANGE_UNITS.contains(scope.quantity.unit()) && share.matches()
                        && !thing.endsWith(SHARE)) {
                    // points gained or lost by a share (占全国实际使用外资的12.8%，较去年同期提高2.4个百分点) change the share,
                    // named by its part (实际使用外资占比较去年同期提高), not the whole it is a share of
                    return share.group(1) + SHARE + left + changeVerbAfter(scope);
                }
                if (!thing.isEmpty()) {
                    return thing + left;
                }
            }
            boolean nounAfter = !scope.predicateAfter().isEmpty();
            if ((left.isEmpty() && !stripped.isEmpty() || ListedFarms.isListedFarm(scope, left)) && !nounAfter) {
                // a place alone (江西省也达到597.5亿元) or a site by its name (其中：凉水林场18351.99公顷) goes on with the
                // thing of the fact before: parallel facts
                String parallel = parallelFact(scope);
                if (!parallel.isEmpty()) {
                    return parallel;
                }
            }
            if (left.equals(SHARE_VERB) || left.equals(SHARE)) {
                return inherited(scope) + SHARE;
            }
            String move = MarketMoves.marketMove(raw);
            if (!move.isEmpty()) {
                String previous = move.length() == 2 ? inherited(scope) : "";
                return previous.isEmpty() ? move : previous;
            }
            String votes = Votes.byStance(scope);
            if (!votes.isEmpty()) {
                return votes;
            }
            String magnitude = Magnitudes.named(scope);
            if (!magnitude.isEmpty()) {
                return magnitude;
            }
            String aged = scope.quantity.unit().equals(AGE_UNIT) ? AgedPersons.whose(scope) : "";
            if (!aged.isEmpty()) {
                return aged + UNIT_NOUNS.get(AGE_UNIT);
            }
            String storeyed = Storeys.storeyedThing(scope);
            if (!storeyed.isEmpty()) {
                return storeyed;
            }
            String described = DescribedThings.describedThing(scope, left);
            if (!described.isEmpty()) {
                return described;
            }
            // the words leading to the to-amount of a change (由不足百个发展到1735个) name no noun of the from-amount
            // at a clause start, or after the noun of a count it is a part of, the count is the subject and its predicate
            // names it; a count describing another count after it (2个乡镇10个村的4567人) is no subject
            boolean subject = (left.isEmpty() || partOfCounted)
                && !(afterCountNoun && !scope.right(true).equals(scope.right(false)));
            // a count opening its clause after only a short possessor and 的 (周边的15个村从此有了…, 法国本土的13个大区均有…,
            // 该机构的三名工作人员…丧生) is still the clause's subject: what they did names them
            boolean possessed = !subject && scope.quantity.counted() && CountSubjects.possessed(scope, raw, placeWords);
            // a count introduced by 有 after only a place or an adverb (另有6名袭击者在交火中受伤, 该省仍有124处林火在燃烧)
            // is the subject of the clause after it: what the things do names them
            possessed = possessed
                || !subject && scope.quantity.counted() && CountSubjects.existential(scope, raw, left, placeWords);
            subject = subject || possessed;
            // a count of things may be of a noun described after them (两个独立的调查委员会); money, a measure, a span of
            // time or an age before 的 measures the thing after it (300万贷款的延期, 五年过渡期的最后一年)
            boolean throughDescription = scope.quantity.counted();
            String wordsBefore = scope.left();
            String right = FromToChanges.fromTo(wordsBefore, scope.right(false)) ? ""
                : scope.after(subject, throughDescription);
            String afterAmount = scope.right(false);
            if (throughDescription && !subject && PERSON_CLASSIFIERS.contains(scope.quantity.unit()) && right.length() == 1
                    && afterAmount.startsWith(right + MODIFIER_END)) {
                // people are counted, not the one thing before 的 (2296名党的二十大代表 → 党的二十大代表)
                String people = Phrases.after(afterAmount.substring(right.length() + MODIFIER_END.length()), false);
                right = people.isEmpty() ? right : right + MODIFIER_END + people;
            }
            right = Varieties.named(scope, right);
            if (possessed) {
                // what the possessed things did names them, whenever they did it (该机构的三名工作人员15日在冲突中丧生)
                String undated = deedOfGroup(scope);
                right = undated.equals(scope.right(true)) ? right : Phrases.after(undated, true, true);
            }
            if (subject && !partOfCounted && scope.quantity.counted()) {
                right = CountPredicates.withConjoinedPredicate(scope, right);
            }
            if (subject && !partOfCounted && PERCENT.equals(scope.quantity.unit())) {
                // a share of things (超六成企业，把…): what that part of them did says which part; a count of all the things
                // (3000亩杏花，在春光中次第盛开) is named well enough without what they do
                right = CountPredicates.withPredicateInNextClause(scope, right);
            }
            if (throughDescription && !subject && right.indexOf(MODIFIER_END) >= 0) {
                String noun = scope.nounAfter();
                // a place the things are of (作为全国108个严重缺水城市之一的四川内江) is not what is counted, nor a whole they
                // make up (10多个部门组成的协调小组)
                if (right.startsWith(noun + MODIFIER_END) && (MADE_UP.matcher(noun).find()
                        || placeWords.withoutLeadingPlaces(right.substring(noun.length() + 1)).isEmpty())) {
                    right = noun;
                }
            }
            // a count that is the object of the words before it in its clause: a pivot verb, a cause or a coverb
            boolean objectCount = !subject && scope.quantity.counted() && !scope.leftStartsAfterAmount();
            right = objectCount ? PivotedCounts.deed(scope, left, right, placeWords) : right;
            Optional<String> befell = objectCount ? Causes.befell(scope, left) : Optional.empty();
            if (befell.isPresent()) {
                right = befell.get();
                left = "";
            }
            boolean coverbObject = objectCount && Coverbs.takesCount(wordsBefore, Coverbs.COVERB, placeWords);
            // places listed and counted by their counter alone, the object of a coverb or where a deed was done
            // (针对福建、江西、广东3省启动…, 在河南…5省启动了…): the deed names them (启动…的省), not the doer before
            String placesDeed = objectCount ? ListedPlaceDeeds.named(scope) : "";
            if (!placesDeed.isEmpty() && Coverbs.takesCount(wordsBefore, Coverbs.PLACES_OPENER, placeWords)) {
                right = placesDeed;
                left = "";
                coverbObject = true;
            } else if (coverbObject) {
                // a count the object of a coverb (对124处大型灌区实施现代化改造, 与90多个国家和地区
                // 签订了…): the predicate after it says what was done to the things, the doer before it does not name them
                String predicate = scope.predicateAfter();
                String noun = scope.nounAfter();
                if (predicate.equals(noun)) {
                    predicate = noun + CountPredicates.conjoinedPredicate(scope, scope.chainEnd + noun.length());
                }
                if (predicate.length() > noun.length() && predicate.startsWith(noun)) {
                    right = predicate;
                    left = "";
                } else {
                    coverbObject = false;
                }
            }
            String inside = NounsInsideAmounts.nounInside(scope.quantity);
            if (!inside.isEmpty() && PEOPLE_UNITS.contains(scope.quantity.unit())
                    && scope.right(false).startsWith(MODIFIER_END)) {
                right = ""; // 14亿多中国人的饭碗…: what follows is the counted people's, not what they are
            }
            if (right.isEmpty() && inside.isEmpty() && ListedPlaceCounts.isPlaceCounter(scope.quantity.unit())) {
                right = scope.quantity.unit(); // 武夷山国家公园跨江西、福建两省: the provinces listed are what is counted
            }
            if (right.length() > 1 && raw.endsWith(MODIFIER_END)
                    && !Affixes.endsWithTime(raw.substring(0, raw.length() - MODIFIER_END.length()))) {
                // a clause ending in 的 before the amount describes the noun after it (帮扶运营的18栋香菇大棚 → 香菇大棚);
                // a one-character noun (农户的4000多亩地) needs the words before it; a time (由十年前的) only dates it
                left = left.isEmpty() || possessed ? "" : DescribingAmounts.deed(scope, raw, this);
                String description = left.isEmpty() && !possessed
                    ? DescribingClauses.which(raw, scope.quantity.unit(), placeWords) : "";
                if (!description.isEmpty()) {
                    left = description + MODIFIER_END;
                }
            } else if (possessed || coverbObject) {
                left = "";
            } else {
                // a list of where the deed was done (在…、…等多个方向击退俄军数十次进攻): the deed names the things counted
                String listDeed = deedAfterList(scope, right, inside);
                if (!listDeed.isEmpty()) {
                    left = listDeed;
                } else if ((!right.isEmpty() || !inside.isEmpty()) && ExampleLists.enumerates(Phrases.withoutNotes(wordsBefore))) {
                    // the examples listed before the amount leave the label; the words before them stay (可通达…等13个国家)
                    // when the examples are places of the table and the clause is all before the amount; so with a noun
                    // written inside the amount (…建材及家具三大板块), as with one after it
                    String items = wordsBefore;
                    int place = placeWords.firstItemLength(items);
                    left = place < 0 || scope.leftStart() > scope.clause.start() ? ""
                            : placeWords.withoutLeadingPlaces(
                                Affixes.strip(ExampleLists.beforeEnumeration(items, place)));
                    // examples after a verb taking a list (覆盖肿瘤、代谢等10个治疗领域) are what it was done to, and examples a
                    // whole holds (论坛设有主旨演讲…等20余项活动) are its parts: the verb or the whole names the things counted
                    // with their noun, the examples are no subject
                    String whole = left.isEmpty() && scope.leftStart() == scope.clause.start()
                        ? ExampleLists.wholeBeforeExamples(items, MADE_UP.matcher(scope.right(true)).find()) : "";
                    String namer = left.isEmpty() ? (whole.isEmpty() ? verbBeforeExamples(scope, items) : whole) : "";
                    String predicate = left.isEmpty() && namer.isEmpty() && scope.leftStart() == scope.clause.start()
                            ? Phrases.after(deedOfGroup(scope), true) : "";
                    int modifierEnd = predicate.indexOf(MODIFIER_END);
                    if (modifierEnd > 0 && (NAMING_UNITS.contains(scope.quantity.unit()) || !inside.isEmpty())) {
                        // the group only does what describes a thing (五部门组织的新能源汽车下乡活动在江苏启动): what it did
                        // to that thing names it (组织新能源汽车下乡活动)
                        String thing = Phrases.after(predicate.substring(modifierEnd + MODIFIER_END.length()), false);
                        right = thing.isEmpty() ? right : predicate.substring(0, modifierEnd) + thing;
                    } else if (modifierEnd > 0 && right.equals(predicate.substring(0, modifierEnd))
                            && Coverbs.opens(right)) {
                        // the group's things are described before they are named (等16部以现实题材为主的电视剧作品荣获…): the
                        // description only says which; the things and what they did name them, as at a clause start
                        String deed = Phrases.after(predicate.substring(modifierEnd + MODIFIER_END.length()), true);
                        right = deed.isEmpty() ? right : deed;
                    } else if (!predicate.isEmpty() && modifierEnd < 0) {
                        // examples opening the clause are its subject (生态环境部等16个部门联合印发…): what the group did names
                        // it, as at a clause start; a noun after the amount and before 的 (144处区域的乌克兰军队目标) owns
                        // what follows, it does nothing
                        right = predicate;
                    }
                    left = left.isEmpty() ? namer : left;
                    if (inside.isEmpty() && right.equals(scope.quantity.unit())
                            && ListedPlaceCounts.isPlaceCounter(right) && left.length() <= MAX_PLACE_VERB
                            && Phrases.isChinese(left)) {
                        // the places a route or river runs through (京杭大运河苏南段全长212.2公里，流经镇江、常州、无锡、苏州四市):
                        // counted by what runs through them, named first in the sentence
                        left = Runners.runner(scope, this) + left;
                    }
                }
            }
            if (withinCountedPlaces && left.isEmpty() && inside.isEmpty() && !right.isEmpty() && scope.quantity.counted()) {
                // things counted right after the wholes they lie in (通达欧洲25个国家227个城市, 10个乡镇99个行政村): what
                // was done to the wholes is done to them, and names them with their own noun (通达欧洲城市)
                left = DescribingAmounts.deed(scope, raw, this);
            }
            return labelOf(scope, left, inside, right, afterCountNoun);
        }

        /**
         * The label of the words before, inside and after the amount as {@link #computeRaw} read them, completed where
         * they name too little. A method of its own: with it, computeRaw was too large for the JIT's first tier, and
         * ran interpreted for much of a run.
         */
        private String labelOf(QuantityScope scope, String left, String inside, String right, boolean afterCountNoun) {
            String label = StrayMarks.tidy(left + inside + right);
            if (MEDAL_UNITS.contains(scope.quantity.unit())) {
                label = Medals.named(scope, label, scope.quantity.unit()); // 共获3金2银 counts gold and silver medals
            }
            label = AgencyGroups.named(scope, label, inside);
            // a subject's streak whose predicate the words after the amount cut short (人民币已连续四年成为…货币: 成)
            boolean subjectStreak = left.endsWith(STREAK) && left.length() > STREAK.length() && right.length() == 1
                && TIME_SPAN_UNITS.contains(scope.quantity.unit());
            if (label.equals(STREAK) || left.equals(STREAK) && label.equals(STREAK + right) || subjectStreak) {
                // the condition is the next amount (连续31个月超过30%, 连续三年稳定在8000亿斤以上: the noun after the amount
                // ends before 在) or the predicate (连续21个月处于扩张区间)
                String through = scope.throughNextAmount();
                String subject = subjectStreak
                    ? STREAK_ADVERBS.matcher(left.substring(0, left.length() - STREAK.length())).replaceFirst("") : "";
                label = StrayMarks.tidy(subject + STREAK + (through.isEmpty() ? scope.predicateAfter() : through));
                String verb = label.equals(STREAK) && TIME_SPAN_UNITS.contains(scope.quantity.unit())
                    ? StrayMarks.tidy(scope.restOfClause()) : "";
                if (!verb.isEmpty() && verb.length() <= MAX_STREAK_VERB && Phrases.isChinese(verb)) {
                    // the streak of a change ending its clause (增速比上月加快1.2个百分点，连续两个月加快): what went on
                    label = STREAK + verb;
                }
            }
            // 预计今年将继续下降3.9%左右 after …排放下降超35%: a forecast's modality and time name no changed thing either
            String unforecast = scope.quantity.change() != null ? NamelessWords.withoutLeadingModality(label) : label;
            if (NamelessWords.onlyFunctionWords(unforecast)) {
                label = "";
            }
            if (label.startsWith(SHARE_VERB) && label.length() > SHARE_VERB.length() && SHARE_UNITS.contains(scope.quantity.unit())) {
                // a share names its base, not its part (…种植面积达37万公顷，占总播种面积的49.3%): the part is the thing of
                // the level stated before it in the sentence
                String part = previousLabel(scope, q -> q.change() == null && !scope.isTimeSpanFrame(q)
                        && !TIME_SPAN_UNITS.contains(q.unit()), true);
                if (!part.isEmpty() && !part.startsWith(SHARE_VERB)) {
                    return part + label;
                }
            }
            String ofMove = MoveNames.named(scope, label, this);
            if (!ofMove.isEmpty()) {
                return ofMove;
            }
            String owned = AttributeOwners.owned(scope, label, placeWords, this);
            if (!owned.isEmpty()) {
                return owned;
            }
            String unitNoun = UNIT_NOUNS.getOrDefault(scope.quantity.unit(), "");
            if (scope.quantity.unit().equals(HOUSEHOLD_UNIT) && label.endsWith(POPULATION)) {
                // the households of a population (总人口15944户38943人 → 总户数, then 总人口)
                label = label.substring(0, label.length() - POPULATION.length()) + unitNoun;
            }
            String category = subCategories.named(scope, label);
            if (!category.isEmpty()) {
                return category;
            }
            if (label.length() > 1 || !label.isEmpty() && unitNoun.isEmpty()) {
                // a count after another count's noun (8个小二型水库10个塘坝) names its own thing, no part of the one before
                return afterCountNoun ? label : FullerNames.widened(scope, label, this);
            }
            // a change is of the thing named before it; a level naming nothing is named by its unit (4645户 → 户数),
            // unless it restates the group whose share was just given (人数占比52%，超过850万人次)
            if (scope.quantity.change() != null || unitNoun.isEmpty()) {
                String inherited = inherited(scope);
                if (!inherited.isEmpty() || scope.quantity.change() != null) {
                    return inherited;
                }
                return SectionHeading.countedAbove(scope.text, scope.paragraph.start(), scope.quantity.unit());
            }
            Quantity chained = scope.chainedBefore();
            if (chained != null && chained.unit().equals(AGE_UNIT) && PEOPLE_UNITS.contains(scope.quantity.unit())) {
                // people of an age band (14岁以下6236人, 15—64岁21690人): that age's population where the paragraph counts
                // one (总人口中), else that age's number (参赛选手中，18岁以下120人)
                boolean ofPopulation = scope.text.substring(scope.paragraph.start(), chained.start()).contains(POPULATION);
                return scope.text.substring(chained.start(), chained.end()) + (ofPopulation ? POPULATION : unitNoun);
            }
            String shared = previousLabel(scope, q -> true, true);
            if (shared.endsWith(SHARE) && shared.length() > SHARE.length()) {
                return shared.substring(0, shared.length() - SHARE.length());
            }
            Quantity households = !PEOPLE_UNITS.contains(scope.quantity.unit()) ? null
                : chained != null && chained.unit().equals(HOUSEHOLD_UNIT) ? chained
                : scope.previous(q -> q.unit().equals(HOUSEHOLD_UNIT) && q.start() >= scope.clause.start(), true);
            String householdLabel = households == null ? "" : neighbour(scope, households);
            String householdsNoun = UNIT_NOUNS.get(HOUSEHOLD_UNIT);
            if (householdLabel.endsWith(householdsNoun)) {
                // the people of a population counted in households first (总人口7079户、26629人): 总户数, then 总人口;
                // after bare households (全镇13951户68202人: 户数), the people are its 人口
                return householdLabel.substring(0, householdLabel.length() - householdsNoun.length()) + POPULATION;
            }
            // a paragraph of bare counts under a heading line ((三）深度贫困人口 / 6303户，25039人) counts what it names
            String section = SectionHeading.before(scope.text, scope.text.lastIndexOf('\n', scope.quantity.start() - 1) + 1);
            if (section.isEmpty()) {
                return unitNoun;
            }
            boolean named = section.endsWith(POPULATION) && PEOPLE_UNITS.contains(scope.quantity.unit())
                    || section.endsWith(scope.quantity.unit()); // 贫困户 already counts households
            return named ? section : section + unitNoun;
        }

        /**
         * The deed ending the words before a count after a list of examples and their kind (在…、…等多个方向击退俄军数十次
         * 进攻 → 击退俄军): it names the things counted with their noun, the list is no example of them; "" when none.
         */
        private static String deedAfterList(QuantityScope scope, String right, String inside) {
            return right.isEmpty() || !inside.isEmpty() || !scope.quantity.counted() ? ""
                : DeedsAfterLists.deed(Phrases.withoutNotes(scope.left()));
        }

        /**
         * The words after another count that run straight on to this one (8个小二型水库10个塘坝, 24个省份实施1700多个项目)
         * without the noun counted by the count before (小二型水库, 省份), when this count has a noun of its own after it;
         * the words themselves otherwise, or when they open with a verb (496起造成至少4人死伤).
         */
        private String withoutNounOfCountBefore(QuantityScope scope, String raw) {
            Quantity previous = scope.previous(q -> true, true);
            if (previous == null || previous.end() != scope.leftStart() || previous.unit().isEmpty()
                    || TIME_SPAN_UNITS.contains(previous.unit())
                    || !raw.equals(scope.text.substring(previous.end(), scope.chainStart))
                    || !raw.codePoints().allMatch(Character::isIdeographic)
                    || scope.nounAfter().isEmpty()) {
                return raw;
            }
            String noun = Phrases.after(raw, false);
            return noun.isEmpty() || NamelessWords.namesNothing(noun) || !raw.startsWith(noun) ? raw : raw.substring(noun.length());
        }

        /**
         * The label a quantity naming nothing takes over: its predecessor's in the sentence (not a framing time
         * span's), or the clause topic.
         */
        private String inherited(QuantityScope scope) {
            // a change is of a thing, not of the time span that frames it (12年间增长了20多倍)
            Quantity previous = scope.previous(q -> !scope.isTimeSpanFrame(q), true);
            if (previous != null) {
                return neighbour(scope, previous);
            }
            if (scope.text.startsWith(LIST_OPENER, scope.sentence.start())) {
                // a sentence opening with 其中 (其中3月份增长0.2%) gives a part of the fact before it in the same unit
                String whole = previousLabel(scope, sameUnit(scope.quantity), false);
                if (!whole.isEmpty()) {
                    return whole;
                }
            }
            String measure = MeasureWords.viewpointMeasure(scope.openingClause());
            if (!measure.isEmpty()) {
                // 从GDP总量来看，广东依旧稳居全国第一，为124369.67亿元
                return measure;
            }
            // 果树类主要种植苹果梨、苹果等作物，共6807亩: the thing, not what it is described as; a clause naming only
            // where (在新疆的阿拉山口，1个小时左右…) names no thing
            String topic = AttributeOwners.describedTopicBefore(scope);
            return placeWords.withoutLeadingPlaces(topic.replace(MODIFIER_END, "")).isEmpty() ? "" : topic;
        }

        /** The verb of change written between a change's base and its amount (较去年同期提高2.4个百分点); "" when none is. */
        private static String changeVerbAfter(QuantityScope scope) {
            String before = scope.text.substring(scope.clause.start(), scope.chainStart);
            before = Phrases.withoutPerfective(before);
            for (int length = Math.min(MAX_CHANGE_VERB, before.length()); length > 0; length--) {
                String verb = before.substring(before.length() - length);
                if (Affixes.isChangeVerb(verb)) {
                    return verb;
                }
            }
            return "";
        }

        /**
         * What a change stated only against its base (比1-6月加快, 较年初增加) or as an average (两年平均增长) is a
         * change of: the thing of the nearest fact before it in the sentence — of the same unit, else any that is
         * not a time span — else of the nearest fact of the same unit in the paragraph.
         */
        private String comparedThing(QuantityScope scope) {
            Predicate<Quantity> sameUnit = sameUnit(scope.quantity);
            String thing = previousLabel(scope, sameUnit, true);
            if (thing.isEmpty()) {
                thing = previousLabel(scope, q -> !TIME_SPAN_UNITS.contains(q.unit()), true);
            }
            return thing.isEmpty() ? previousLabel(scope, sameUnit, false) : thing;
        }

        /**
         * The phrase without the places it starts with, but the one that starts a trip measured to another place
         * (将阿勒泰市与“童话雪乡”禾木村的车程, 四川省眉山市青神县的新光村与县城距离): the ends of a trip are part of what is
         * measured, not only its region.
         */
        private String withoutLeadingPlacesBut(String phrase) {
            String placeless = placeWords.withoutLeadingPlaces(phrase);
            int joiner = placeless.length() == phrase.length() ? -1 : MeasureWords.tripJoinerAt(phrase);
            if (joiner < 0 || MeasureWords.tripJoinerAt(placeless) >= 0) {
                return placeless;
            }
            int start = placeWords.lastPlaceStart(phrase, joiner);
            return start < 0 ? placeless : phrase.substring(start);
        }
    }

    /** What a group named after its examples did, past a day that only dates it (16个部门近日联合印发 → 部门联合印发). */
    private static String deedOfGroup(QuantityScope scope) {
        return Phrases.withoutDayAfterNoun(scope.right(true), scope.nounAfter());
    }

    /**
     * The label without the foreign division it opens with (格林达维克镇居民 → 居民, 熊本县已发生余震 → 发生余震): the
     * fact's region, as a division at home is (青海都兰县的枸杞 → 枸杞); which divisions, see {@link LeadingForeignDivisions}.
     */
    public static String withoutForeignDivision(String label, String division) {
        return LeadingForeignDivisions.without(label, division);
    }

    /** Amounts of the same unit; for a point change, also the rates in percent it changes. */
    static Predicate<Quantity> sameUnit(Quantity quantity) {
        String unit = quantity.unit();
        return q -> q.unit().equals(unit) || RATE_CHANGE_UNITS.contains(unit) && q.unit().equals("%");
    }
}
