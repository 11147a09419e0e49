package dev.zhibiao.engine.region;

import dev.zhibiao.engine.quantity.ListedPlaceCounts;
import dev.zhibiao.engine.text.FirstCharacters;
import dev.zhibiao.engine.text.LeadingScan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;

/**
 * The places of one document and the rule that says which of them a fact at a given offset belongs to. Immutable.
 * The rule walks the fact's scopes, clause to post, and asks the classes that each read one kind of evidence: what the
 * places named in a scope say ({@link ScopeDecisions}), a paragraph's topic ({@link Topics}) and where it moved
 * ({@link TopicShifts}), the words after the amount ({@link PlacesAfterAmount}, {@link CountedQualifiers}), venues
 * ({@link Venues}), paragraphs before ({@link EarlierParagraphs}) and profiles ({@link DominantProfiles}).
 */
public final class PlaceContext {
    /** Characters that join places into one list (湖北、河南、重庆等地), whose facts belong to all of them. */
    static final String LIST_JOINERS = "、和及与";
    static final char LOCATIVE = '在';
    /** What ends a sentence's setting (在重庆江津，). */
    static final String SCENE_END = "，,";
    /** Words pairing the amounts after them one by one with the items named before (分别为, 各为). */
    static final String RESPECTIVE_WORDS = "分别|各为|各是|各达";
    /**
     * The same words scanned over a whole post, only where 分 or 各 stands ({@link RespectivePlaces}); declared here,
     * where ScanShortcutsTest checks the scan against its words.
     */
    static final LeadingScan RESPECTIVELY_IN_POST = new LeadingScan("分各", RESPECTIVE_WORDS);
    /** Words before a place where something goes or is sent (驰援武汉, 前往德国, 向…方向): under endsWith, 前往 is 往's. */
    static final List<String> DESTINATION_MARKS = List.of("往", "赴", "驰援", "到", "至", "向");
    static final char EXAMPLES_END = '等';
    /** Words before a place where something came from (从黎巴嫩发射的火箭弹, 来自北京的教师). */
    static final List<String> ORIGIN_MARKS = List.of("来自", "从", "由", "自");
    /**
     * Words after a place that make it the launcher of what a fact counts (乌克兰方面发射的2枚导弹, 以军发射的火箭弹): like
     * 从黎巴嫩发射的, where the weapons came from, not where they were downed or struck ({@link Origins}); declared here,
     * where ScanShortcutsTest checks {@link #LAUNCHER_AFTER_FIRST} against it.
     */
    static final Pattern LAUNCHER_AFTER = Pattern.compile("(?:方面|军方|军)?发射的");
    /** The characters {@link #LAUNCHER_AFTER} may begin with. */
    static final FirstCharacters LAUNCHER_AFTER_FIRST = new FirstCharacters("方军发");
    static final String CLAUSE_TRAILERS = "，,：:；;。";
    /** Words of the central authorities (中央财政, 国务院): a paragraph they act in is national, whatever story it is in. */
    static final Pattern CENTRAL_AUTHORITY = Pattern.compile("中央|国务院");
    /**
     * A demonstrative and a measure word opening a paragraph (这栋4层楼高的民居, 这座桥): the thing the paragraph before ended
     * on (or a vehicle at the scene: 这架飞机); not 这是, 这些年 or 这一, which open a comment, nor 这家, 这位, 这名, whose
     * firm or person need not be where the paragraph before ended.
     */
    private static final Pattern DEMONSTRATIVE_OPENING = Pattern.compile("这[栋座所间处条片艘架辆]");
    /**
     * Coverbs by which a country acts on the countries counted after them (对50个国家加征关税, 向包括印度在内的30多个国家出口);
     * not 与 or 同, with which countries meet as equals (伊朗与英法德三国外长会谈).
     */
    private static final String COVERBS_BEFORE_COUNTRIES = "对向";
    /** A coverb before the countries counted is looked for this far back in the clause. */
    private static final int MAX_COVERB_BEFORE_COUNTRIES = 12;
    /**
     * A count of countries (7国, 三国, 150多个国家), not 国内, 国际, 国企, 国产, 国庆 or 国债, nor of national parks,
     * bodies or a country's pavilions at an expo (34个国家公园, 国家级, 丹麦…携两个国家馆亮相进博会).
     */
    private static final Pattern COUNTRY_COUNT =
        Pattern.compile("[0-9一二两三四五六七八九十百]+[多余]?个?国(?:家(?![级公队机部局馆])|(?![内际企产庆债家]))");
    /** 的 ends a modifier: a place right after one is what the modifier describes. */
    static final char MODIFIER_END = '的';
    /** Verbs a profile opens a sentence with, leaving out what it profiles (位于新化县西南部). */
    static final List<String> SUBJECTLESS_SITUATING_VERBS = List.of("位于", "地处");

    private final String text;
    private final DocumentSpans spans;
    private final int titleEnd;
    private final NamedPlaces named;
    private final Optional<Region> dominant;
    private final DivisionTable table;
    /** The places whose name alone heads a section of the body (伊克乌兰乡 over its profile). */
    private final SectionHeadings sections;
    /** See {@link Origins}. */
    private final Set<PlaceMention> origins;
    /** Whether the post writes 防空 at all ({@link AirDefences}): most do not, and no amount looks for it then. */
    private final boolean namesAirDefence;
    private final ScopeDecisions decisions;
    private final Topics topics;
    private final TopicShifts shifts;
    private final Venues venues;
    private final RespectivePlaces respectivePlaces;
    private final PlacesAfterAmount afterAmount;
    private final CountedQualifiers counted;
    private final EarlierParagraphs earlier;
    private final QuotedSpeakers speakers;
    private final DominantProfiles profiles;
    private final WrittenNames writtenNames;
    /** The mentions that begin a firm's name ({@link #onlyFirmsNamedIn}); found on first use. */
    private Set<PlaceMention> firmPlaces;

    PlaceContext(String text, DocumentSpans spans, int titleEnd, List<PlaceMention> mentions, List<Span> placeless,
                 Optional<Region> dominant, DivisionTable table, SectionHeadings sections) {
        this.text = text;
        this.sections = sections;
        this.spans = spans;
        this.titleEnd = titleEnd;
        this.named = new NamedPlaces(text, spans, mentions, placeless, dominant);
        this.origins = Origins.in(text, spans, named.subjects());
        ComingFrom comingFrom = ComingFrom.in(text);
        this.namesAirDefence = text.contains(AirDefences.AIR_DEFENCE);
        Attributions attributions = new Attributions(text, spans, named.subjects());
        Asides asides = new Asides(text);
        this.dominant = dominant;
        this.table = table;
        this.decisions = new ScopeDecisions(text, spans, table, named, asides, comingFrom, origins, attributions);
        this.topics = new Topics(text, spans, named, decisions, JourneyEnds.in(text, spans, named, origins));
        this.venues = new Venues(text, spans, titleEnd, named, comingFrom, attributions);
        this.shifts = new TopicShifts(text, spans, named, decisions, topics, venues);
        this.respectivePlaces = new RespectivePlaces(text, named, origins, attributions);
        this.afterAmount = new PlacesAfterAmount(text, spans, named);
        this.counted = new CountedQualifiers(text, spans, named, asides);
        this.earlier = new EarlierParagraphs(text, spans, titleEnd, named, decisions, topics);
        this.speakers = new QuotedSpeakers(text, named.subjects());
        this.profiles = new DominantProfiles(text, spans, named, dominant);
        this.writtenNames = new WrittenNames(named.mentions(), titleEnd);
    }

    public List<PlaceMention> mentions() {
        return named.mentions();
    }

    /** The place the post as a whole is about, if any. */
    public Optional<Region> dominantPlace() {
        return dominant;
    }

    /**
     * The place of an amount of a title or headline (暴风雪肆虐美东北部 近45万用户停电) that the story below restates at
     * {@code restatedAt}: where the story states it, when that lies within the headline's place or the headline names
     * none; the headline's place otherwise.
     */
    public Optional<Region> placeOfRestated(int offset, int restatedAt) {
        Optional<Region> here = placeAt(offset);
        if (restatedAt == offset) {
            return here;
        }
        Optional<Region> story = placeAt(restatedAt);
        return story.isPresent() && here.map(headline -> NamedPlaces.within(headline, story.get())
            || partWrittenWith(headline, spans.paragraphAt(restatedAt)).filter(story.get()::equals).isPresent())
            .orElse(true) ? story : here;
    }

    /**
     * The place of an amount of a headline line about a foreign place that the item below does not restate (日本2.5万民众
     * 集会反对修宪, then 3日，…在东京举行集会; 伊朗一煤矿发生爆炸致数十人死亡, then 伊朗南呼罗珊省塔巴斯地区的一处煤矿…):
     * the first place the item's first sentence names within the headline's place, with the names written right after
     * it; else the headline's place.
     */
    public Optional<Region> placeOfHeadline(int offset, Span item) {
        Optional<Region> here = placeAt(offset);
        if (here.isEmpty()) {
            return venues.competitorsResultAt(offset) ? venues.venueOfEventHeldIn(spans.sentenceAt(item.start())) : here;
        }
        if (!here.get().foreign()) {
            return here;
        }
        Span first = spans.sentenceAt(item.start());
        return named.subjects().stream()
            .filter(p -> p.start() >= first.start() && p.end() <= first.end() && !origins.contains(p)
                && NamedPlaces.within(here.get(), p.region()))
            .findFirst().map(p -> named.lastOfRunWithin(p).region())
            .or(() -> partWrittenWith(here.get(), first))
            .or(() -> here);
    }

    /**
     * A division of a foreign part's country written right after the part's name in the span (印度南部安得拉邦 for
     * 印度南部): the part lies in no table, so only the writing says the division is in it.
     */
    private Optional<Region> partWrittenWith(Region part, Span span) {
        if (part.level() != RegionLevel.LOCALITY || !part.foreign()) {
            return Optional.empty();
        }
        return named.subjects().stream()
            .filter(p -> p.start() >= span.start() && p.end() <= span.end() && p.region().equals(part))
            .map(p -> named.subjectStartingAt(p.end()))
            .filter(next -> next != null && next.region().foreign() && next.region().code().equals(part.code())
                && next.region().level() != RegionLevel.LOCALITY && next.region().level() != RegionLevel.COUNTRY)
            .findFirst().map(next -> named.lastOfRunWithin(next).region());
    }

    /**
     * The most specific place that applies to a fact at this offset: named before it in its clause, else in its
     * sentence, else in its paragraph, else the place heading its section, else in the title, else the post's dominant
     * place. A scope governed only by 中国/全国/我国, or by a locality that lies in no place known, is placeless: empty.
     */
    public Optional<Region> placeAt(int offset) {
        int numeral = counted.firstNumeralFrom(offset);
        if (NationalScope.countsNation(text, numeral)) {
            return Optional.empty(); // 14亿多中国人民 in a story told in 北京: the nation's people, wherever they are named
        }
        Optional<Region> place = contextPlaceAt(offset);
        if (place.isEmpty()) {
            Span sentence = spans.sentenceAt(offset);
            Optional<Region> venue = venues.venueNamedOrReferredTo(sentence);
            if (venue.isPresent()) {
                return venue;
            }
            // 西方国家已训练了近6万名乌克兰士兵: people counted where nothing before them in the paragraph names a place or
            // the nation are their own country's; the qualifier (近, 超过) is no word between them. The rare country after
            // the measure word is asked first, the paragraph's places only then
            Optional<Region> countedAlone = counted.nationalityOfCountedAlone(numeral);
            return countedAlone.isPresent() && decisions.decide(spans.paragraphAt(offset).start(), offset).isEmpty()
                ? countedAlone : place;
        }
        if (place.isPresent() && place.get().foreign() && place.get().level() == RegionLevel.COUNTRY
                && COUNTRY_COUNT.matcher(text).region(offset, text.length()).lookingAt()
                && !actsOnCountriesCounted(offset)
                && !venues.venueIn(spans.sentenceAt(offset)).equals(place)) {
            // 南非总统…、科摩罗总统…等非洲7国领导人: countries counted lie in no one country, least of all one they include;
            // a host country said with 在 (在法国举行…30个国家) stays, as does a country acting on them (美国…对50个国家加征关税)
            return Optional.empty();
        }
        if (place.isEmpty() || place.get().level() != RegionLevel.COUNTRY) {
            return place;
        }
        return counted.nationalityOfCounted(offset).or(() -> place);
    }

    private Optional<Region> contextPlaceAt(int offset) {
        Span paragraph = spans.paragraphAt(offset);
        Span sentence = spans.sentenceAt(offset);
        Span clause = spans.clauseAt(offset);
        Optional<Region> counting = placeCountingList(offset, clause);
        if (counting.isPresent()) {
            return counting;
        }
        Optional<Region> respective = respectivePlaces.placeAt(offset, sentence);
        if (respective.isPresent()) {
            return respective;
        }
        List<Span> scopes = new ArrayList<>(List.of(clause, sentence, paragraph));
        if (titleEnd > 0 && offset >= titleEnd) {
            scopes.add(new Span(0, titleEnd));
        }
        Optional<Optional<Region>> inClause = decisions.decide(clause.start(), Math.min(offset, clause.end()));
        if (inClause.flatMap(named -> named).isPresent() && clause.start() > sentence.start()
                && namedOnlyAsOrigins(clause.start(), Math.min(offset, clause.end()))) {
            // 加沙地带卫生部门称，…，巴方从以色列接收的遗体总数目前为165具: where they came from is not where they are
            Optional<Optional<Region>> before = decisions.decide(sentence.start(), clause.start(), p -> !origins.contains(p));
            if (before.flatMap(named -> named).isPresent()) {
                inClause = before;
            }
        }
        // the place the clause names before the fact, if it decides one
        Optional<Region> placeInClause = inClause.flatMap(named -> named);
        Optional<Region> locative = afterAmount.locativeAfter(offset, clause);
        if (locative.isPresent() && placeInClause.map(before -> NamedPlaces.within(before, locative.get())).orElse(true)) {
            return locative;
        }
        Optional<Region> entered = afterAmount.placeEnteredAfter(offset, clause);
        if (entered.isPresent() && placeInClause.filter(actor -> isOtherCountry(actor, entered.get())).isPresent()) {
            return entered;
        }
        Optional<Region> struck = afterAmount.placeStruckAfter(offset, clause);
        if (struck.isPresent() && (placeInClause.isEmpty()
                || placeInClause.filter(actor -> isOtherCountry(actor, struck.get())).isPresent())) {
            // 乌克兰…使用两架无人机对俄罗斯总统官邸克里姆林宫发动袭击: the weapons count where they struck, not who fired
            // them, nor where the sentence's reporter is (以色列军方说，以军出动20架战机对黎巴嫩南部实施空袭)
            return struck;
        }
        Optional<Region> defender = namesAirDefence
            ? AirDefences.defenderBefore(text, clause.start(), offset, named.mentions()) : Optional.empty();
        if (defender.isPresent() && placeInClause.filter(place -> NamedPlaces.within(defender.get(), place)).isEmpty()) {
            // 俄防空部队击落乌军…541架无人机; 以色列防空系统拦截了从加沙地带发射的20枚火箭弹: downed over the defender's ground
            return defender;
        }
        if (onlyFirmsNamedIn(clause.start(), offset)) {
            Optional<Region> site = afterAmount.locativeOpeningNextClause(clause, sentence);
            if (site.isPresent()) {
                return site;
            }
        }
        if (inClause.isPresent() && clause.start() > sentence.start() && text.charAt(sentence.start()) == LOCATIVE) {
            Optional<Region> scene = named.firstSubjectAfter(sentence.start()).filter(p -> p.start() == sentence.start() + 1)
                .flatMap(topics::settingFrom).filter(p -> p.end() < clause.start()).map(PlaceMention::region);
            // 在海南热带雨林国家公园，海南长臂猿…42只: the scene, not the wider place a name holds; 在上海，…集团在全国运营着
            // 200多家…: the scene's firm, not the nation's count (a national body's figure stays national)
            Optional<Region> clausePlace = inClause.get();
            int factAt = offset;
            Optional<Region> narrower = clausePlace.isPresent()
                ? scene.filter(place -> NamedPlaces.within(clausePlace.get(), place))
                : scene.filter(place -> OrganizationNames.namedIn(text, clause.start(), factAt));
            if (narrower.isPresent()) {
                return narrower;
            }
        }
        if (inClause.isPresent() && inClause.get().isEmpty() && sentence.start() > paragraph.start()
                && venues.competitorsResultAt(offset)) {
            // 比赛在荷兰多德雷赫特落幕。…中国运动员林孝埈以40秒693的成绩获得冠军: the result is the venue's, not the country's
            Optional<Region> venue = venues.venueHeldIn(spans.sentenceAt(sentence.start() - 1));
            if (venue.isPresent()) {
                return venue;
            }
        }
        if (inClause.isPresent()) {
            return inClause.get();
        }
        Optional<Region> described = describedPlaceAfter(offset, clause);
        if (described.isPresent()) {
            return described;
        }
        if (dominant.isPresent() && profiles.profilesDominant(paragraph, sentence)) {
            return dominant;
        }
        if (sentence.start() == paragraph.start()
                && DEMONSTRATIVE_OPENING.matcher(text).region(paragraph.start(), paragraph.end()).lookingAt()
                && decisions.decide(paragraph.start(), Math.min(offset, paragraph.end())).isEmpty()) {
            // 这栋4层楼高的民居 opening a paragraph is the house the paragraph before ended on (在加沙南部亲历了一场空袭)
            Optional<Region> pointed = earlier.placeEndingParagraphBefore(paragraph);
            if (pointed.isPresent()) {
                return pointed;
            }
        }
        for (Span scope : scopes.subList(1, scopes.size())) {
            Optional<Optional<Region>> decided = scope == sentence
                ? decisions.decideSentence(scope.start(), Math.min(offset, scope.end()))
                : topics.decideByTopic(scope.start(), Math.min(offset, scope.end()));
            if (decided.isPresent()) {
                if (scope == paragraph && decided.get().isEmpty()) {
                    Optional<Region> member = shifts.memberSingledOut(paragraph, sentence);
                    if (member.isPresent()) {
                        return member;
                    }
                }
                if (scope == paragraph && decided.get().isPresent() && shifts.turnedNationalBefore(paragraph, sentence)) {
                    return Optional.empty();
                }
                if (scope == paragraph && decided.get().isPresent() && dominant.isPresent()
                        && NamedPlaces.within(decided.get().get(), dominant.get())
                        && profiles.profilesDominant(paragraph, spans.sentenceAt(paragraph.start()))) {
                    // a paragraph opening with a profile of the post's place that leaves it out (位于郸城县南部，…。辖…21个
                    // 村民委员会): the place it lies in is no topic, the profiled place is
                    return dominant;
                }
                Optional<Region> place = scope == paragraph
                    ? decided.get().map(topic -> shifts.narrowedByEarlierSentence(topic, paragraph, sentence)) : decided.get();
                if (scope == paragraph && place.isPresent() && !sections.isEmpty()) {
                    // a paragraph under a heading 伊克乌兰乡 whose sentences before name 青海湖, its city or the part of
                    // its province it lies in (山西省中部) in passing, or one profiling the heading's place that names
                    // its neighbours (临县，…连接方山): the heading's place; not a place outside the heading's in a
                    // story (广东省代表团 after a dateline 北京), nor any as a sentence's subject (吕梁市是革命老区。)
                    Region topic = place.get();
                    place = sections.placeAt(offset)
                        .filter(heading -> (NamedPlaces.within(topic, heading) || isPartAbove(topic, heading)
                                || namedInFirstSentence(heading, paragraph))
                            && !opensSentenceBefore(topic, paragraph, offset))
                        .or(() -> Optional.of(topic));
                }
                boolean fromSentence = scope == sentence;
                return place.map(outer -> counted.partNamedLaterInClause(offset, clause, outer)
                    .or(() -> fromSentence ? Optional.empty() : counted.partNamedLaterInSentence(offset, sentence, outer))
                    .orElse(outer));
            }
            if (scope == paragraph) {
                Optional<Region> site = earlier.siteAheadInLandform(paragraph, offset)
                    .or(() -> speakers.placeAt(paragraph, offset));
                if (site.isPresent()) {
                    return site;
                }
                Optional<Region> heading = sections.placeAt(offset).or(() -> sections.storyPartPlaceAt(offset));
                if (heading.isPresent()) {
                    return heading.map(outer -> counted.partNamedLaterInClause(offset, clause, outer)
                        .or(() -> counted.partNamedLaterInSentence(offset, sentence, outer)).orElse(outer));
                }
            }
        }
        if (dominant.isEmpty()) {
            Optional<Region> story = earlier.storyPlaceBefore(paragraph);
            if (story.isPresent()) {
                return story.map(outer -> counted.partNamedLaterInClause(offset, clause, outer)
                    .or(() -> counted.partNamedLaterInSentence(offset, sentence, outer)).orElse(outer));
            }
        }
        return dominant.map(outer -> counted.partNamedLaterInClause(offset, clause, outer)
            .or(() -> counted.partNamedLaterInSentence(offset, sentence, outer)).orElse(outer));
    }

    /** Whether the paragraph's first sentence names the place (临县，位于黄河中游…): the paragraph profiles it. */
    private boolean namedInFirstSentence(Region place, Span paragraph) {
        List<Span> sentences = spans.sentencesIn(paragraph);
        if (sentences.isEmpty()) {
            return false;
        }
        Span first = sentences.get(0);
        return named.mentions().stream().anyMatch(p -> first.contains(p.start()) && p.region().equals(place));
    }

    /** Whether a sentence of the paragraph before the offset opens with the place's name, as its subject (吕梁市是…). */
    private boolean opensSentenceBefore(Region place, Span paragraph, int offset) {
        for (Span sentence : spans.sentencesIn(paragraph)) { // a sentence starts with no blank (Segmenter trims it)
            if (sentence.start() >= offset) {
                break;
            }
            int opening = sentence.start();
            if (named.mentions().stream().anyMatch(p -> p.start() == opening && p.region().equals(place))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place is a direction part of a division the other lies in (山西省中部 for 交城县), not of itself. */
    private static boolean isPartAbove(Region part, Region place) {
        return PlaceParts.isDirectionPart(part) && part.path().size() <= place.path().size();
    }

    /**
     * The place of a count of the places listed right before it (海南在上海、武汉、长沙、成都四地启动校招): named before
     * the list in its clause, or described after the count (跨江西、福建两省的武夷山国家公园); the listed places are what
     * is counted, not where. Empty when the amount counts no list, or nothing else names its place.
     */
    private Optional<Region> placeCountingList(int offset, Span clause) {
        if (!ListedPlaceCounts.countsPlacesAt(text, offset)) {
            return Optional.empty();
        }
        List<PlaceMention> subjects = named.subjects();
        Optional<PlaceMention> last = subjects.stream().filter(p -> p.end() == offset).findFirst();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        int first = subjects.indexOf(last.get());
        while (first > 0 && named.joinedAsList(subjects.get(first - 1), subjects.get(first))) {
            first--;
        }
        if (subjects.get(first) == last.get()) {
            return Optional.empty();
        }
        int listStart = subjects.get(first).start();
        return decisions.decide(clause.start(), listStart).flatMap(place -> place).or(() -> describedPlaceAfter(offset, clause));
    }

    /**
     * A place the fact describes, named after it in its clause behind 的 (在集聚了560多家德资企业的江苏太仓): with the
     * places written right after it, the most specific of them.
     */
    private Optional<Region> describedPlaceAfter(int offset, Span clause) {
        List<PlaceMention> run = new ArrayList<>();
        for (PlaceMention p : named.subjects()) {
            if (p.start() >= clause.end()) {
                break;
            }
            if (p.start() <= offset || p.end() > clause.end()) {
                continue;
            }
            boolean first = run.isEmpty() && text.charAt(p.start() - 1) == MODIFIER_END;
            boolean adjacent = !run.isEmpty() && run.get(run.size() - 1).end() == p.start();
            if (first || adjacent) {
                run.add(p);
            } else if (!run.isEmpty()) {
                break;
            }
        }
        return run.isEmpty() ? Optional.empty() : decisions.latestPlace(run);
    }

    /**
     * The place's name as the post writes it near a fact at this offset: the name the title writes it with (one place
     * keeps the title's name through the post), else the name of its nearest naming mention before the offset (else
     * its first), when that is a name of its own that the official one does not hold — 黔东南州 for 黔东南苗族侗族自治州,
     * 姜家店乡 for 姜家店朝鲜族乡, 阿联酋 — and otherwise the official name (田东 is a part of 田东县;
     * 该县 and 我县 refer to it; 腾讯 stands for its seat).
     */
    public String nameAt(Region place, int offset) {
        return writtenNames.nameAt(place, offset);
    }

    /** The place a span names (a table cell 烂山村, 极贫乡镇（代化镇）): the most specific of the places inside it, if any. */
    public Optional<Region> placeNamedIn(Span span) {
        List<PlaceMention> inside = named.mentions().stream()
            .filter(p -> p.start() >= span.start() && p.end() <= span.end()).toList();
        return inside.isEmpty() ? Optional.empty() : decisions.latestPlace(inside);
    }

    /**
     * Whether the words are all of a place's name as the post writes it, short forms and list heads included (长寨 heading
     * 长寨：596套…, for 长寨街道): a label of such words says where the amount is, not what it measures.
     */
    public boolean isWrittenPlaceName(String words) {
        return writtenNames.isWrittenPlaceName(words);
    }

    /** Whether a span opens with a place's name: a table row headed 烂山村 says where its figures are, not what they are. */
    public boolean opensWithPlace(Span span) {
        return named.mentions().stream().anyMatch(p -> p.start() == span.start() && p.end() <= span.end());
    }

    /** Whether the actor is a country other than the place, neither holding it nor inside it (乌克兰 for 莫斯科州). */
    private static boolean isOtherCountry(Region actor, Region place) {
        return actor.level() == RegionLevel.COUNTRY && !actor.equals(place) && !NamedPlaces.within(actor, place)
            && !NamedPlaces.within(place, actor);
    }

    /** Whether any place or national scope is named in [from, to). */
    public boolean namesPlaceIn(int from, int to) {
        return named.namesPlaceIn(from, to);
    }

    /** The place named before the offset in its own clause, if any. */
    Optional<Region> clausePlaceAt(int offset) {
        Span clause = spans.clauseAt(offset);
        return decisions.decide(clause.start(), Math.min(offset, clause.end())).flatMap(place -> place);
    }

    /**
     * Whether the places named in [from, to) are all where something came from or who acted on the fact's place
     * (巴方从以色列接收的遗体): a clause naming only those takes the place an earlier clause of its sentence names for
     * the fact, when one does.
     */
    private boolean namedOnlyAsOrigins(int from, int to) {
        if (origins.isEmpty()) {
            return false; // most posts name no origin: no scan of the subjects per amount
        }
        return allNamedIn(named.subjects(), from, to, origins);
    }

    /** Whether the places of the list named in [from, to) are all of the set, and one is. */
    private static boolean allNamedIn(List<PlaceMention> places, int from, int to, Set<PlaceMention> set) {
        List<PlaceMention> inSpan = places.stream().filter(p -> p.start() >= from && p.end() <= to).toList();
        return !inSpan.isEmpty() && inSpan.stream().allMatch(set::contains);
    }

    /** Whether a coverb in the clause before the countries counted at {@code offset} makes them the object of a country's deed. */
    private boolean actsOnCountriesCounted(int offset) {
        for (int k = offset - 1; k >= Math.max(0, offset - MAX_COVERB_BEFORE_COUNTRIES); k--) {
            char c = text.charAt(k);
            if (CLAUSE_TRAILERS.indexOf(c) >= 0) {
                return false;
            }
            if (COVERBS_BEFORE_COUNTRIES.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every place named in [from, to) begins a firm's name (柳河县七棵树矿业有限公司投资5000万元), and one is. */
    private boolean onlyFirmsNamedIn(int from, int to) {
        if (firmPlaces == null) {
            firmPlaces = Collections.newSetFromMap(new IdentityHashMap<>());
            named.mentions().stream().filter(p -> OrganizationNames.begins(text, p)).forEach(firmPlaces::add);
        }
        if (firmPlaces.isEmpty()) {
            return false; // most posts name no firm after a place: no scan of the mentions per amount
        }
        return allNamedIn(named.mentions(), from, to, firmPlaces);
    }

    /** The deepest place both lie in (江苏省 of 连云港市 and 淮安市), if any. */
    Optional<Region> commonAncestorOf(Region a, Region b) {
        return ForeignDivisions.deepestCommonAncestor(List.of(a, b), table);
    }
}
