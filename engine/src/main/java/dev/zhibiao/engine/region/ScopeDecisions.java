package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the places named in a scope (a clause, a sentence, a paragraph) say for a fact after them: a place, none (a
 * national scope or a placeless name), or nothing. Places of asides, of news outlets, of origins, of attributions and
 * of rankings give way to those of the fact.
 */
final class ScopeDecisions {
    /** Words of a news outlet written right after its country's name (美国媒体, 巴勒斯坦通讯社, 美国有线电视新闻网). */
    private static final Pattern NEWS_OUTLET_AFTER = Pattern.compile("\\p{IsHan}{0,4}?(?:媒体|媒|通讯社|电视台|新闻网|新闻社|广播公司|报)");
    /** How far after its country an outlet's words may end (美国有线电视新闻网). */
    private static final int MAX_OUTLET_WORDS = 8;
    /** What follows a country's name written as its people's (巴勒斯坦人). */
    private static final char PEOPLE = '人';
    /** Second characters of words 人 begins (人口, 人均, 人民, 人员, 人次). */
    private static final String NOT_AFTER_PEOPLE = "口均民员次";
    /** What may stand between a place and the verb saying it lies in a part: nothing, or the place's own land or seat. */
    private static final List<String> SITUATED_PLACE_SUFFIXES = List.of("", "城", "境内", "全境", "县城", "城区", "市区");

    private final String text;
    private final DocumentSpans spans;
    private final DivisionTable table;
    private final NamedPlaces named;
    private final Asides asides;
    private final ComingFrom comingFrom;
    /** The fields a subject is ranked in ({@link RankingDomains}): places only of the clause that ranks. */
    private final Set<PlaceMention> rankingDomains;
    private final Set<PlaceMention> origins;
    private final Attributions attributions;

    ScopeDecisions(String text, DocumentSpans spans, DivisionTable table, NamedPlaces named, Asides asides,
                   ComingFrom comingFrom, Set<PlaceMention> origins, Attributions attributions) {
        this.text = text;
        this.spans = spans;
        this.table = table;
        this.named = named;
        this.asides = asides;
        this.comingFrom = comingFrom;
        this.rankingDomains = RankingDomains.in(text, spans, named.subjects());
        this.origins = origins;
        this.attributions = attributions;
    }

    /** What the places named in [from, to) say: a place, none (empty), or nothing (outer empty). */
    Optional<Optional<Region>> decide(int from, int to) {
        return decide(from, to, p -> true);
    }

    Optional<Optional<Region>> decide(int from, int to, Predicate<PlaceMention> admitted) {
        List<PlaceMention> inScope = named.subjectsStartingIn(from, to).stream()
            .filter(p -> p.start() >= from && p.end() <= to && admitted.test(p) && !asides.inAsideClosedBefore(p, to)
                && !namesReportingOutlet(p, to) && !comingFrom.holds(p.start(), p.end()) && !ranksBefore(p, to))
            .toList();
        if (inScope.isEmpty()) {
            boolean placelessHere = named.placeless().stream()
                .anyMatch(s -> s.start() >= from && s.end() <= to && !comingFrom.holds(s.start(), s.end()));
            return placelessHere ? Optional.of(Optional.empty()) : Optional.empty();
        }
        // 从珠海到江门: the start of a way to a place named next is one of its ends, no origin of the facts
        List<PlaceMention> notOrigins = inScope.stream()
            .filter(p -> !origins.contains(p) || inScope.stream().anyMatch(q -> named.joinedAsEnds(p, q))).toList();
        List<PlaceMention> ofTheFact = notOrigins.stream().filter(p -> attributions.clauseEnd(p, to) >= to).toList();
        // a reporter's place before an origin's (伊拉克…安全部门称，库区首府埃尔比勒遭伊朗导弹袭击，造成…4人死亡): the reporter
        // speaks of its own ground as often as not, the one who acted on the place never is it
        return Optional.of(latestPlace(!ofTheFact.isEmpty() ? ofTheFact : !notOrigins.isEmpty() ? notOrigins : inScope));
    }

    /**
     * What the sentence says before a fact its clause places nowhere: its places other than macro-regions (东部地区,
     * often a comparison), else all; but a macro-region named after the national scope that alone speaks otherwise
     * (我国出台推动东北地区冰雪经济…的政策举措，…部署了15项重点任务) narrows it.
     */
    Optional<Optional<Region>> decideSentence(int from, int to) {
        Optional<Optional<Region>> divisions = decide(from, to, p -> !MacroRegions.isMacroRegion(p.region()));
        // a source's place (据青岛海关统计，…黄河流域9省区进出口…) is no division the fact is of
        if (divisions.isEmpty() || decide(from, to, p -> !MacroRegions.isMacroRegion(p.region())
                && !attributions.namesSource(p)).isEmpty()) {
            return decide(from, to);
        }
        List<PlaceMention> subjects = named.subjects();
        if (divisions.get().isPresent()
                || subjects.stream().anyMatch(p -> p.start() >= from && p.end() <= to && !MacroRegions.isMacroRegion(p.region()))) {
            return divisions;
        }
        Optional<Optional<Region>> all = decide(from, to);
        if (all.flatMap(place -> place).filter(MacroRegions::isMacroRegion).isEmpty()) {
            return divisions;
        }
        int lastScope = named.placeless().stream().filter(z -> z.start() >= from && z.end() <= to)
            .mapToInt(Span::end).max().orElse(to);
        // one macro-region: several (北方地区…，南方地区…) are compared, and the national statement stands
        long macrosNamed = subjects.stream().filter(p -> p.start() >= from && p.end() <= to)
            .map(PlaceMention::region).distinct().count();
        // not a part of the nation written right after it (我国东部地区…, 全国新增就业…): it narrows nothing
        boolean macroAfterScope = subjects.stream().anyMatch(p -> p.start() > lastScope && p.end() <= to
            && MacroRegions.isMacroRegion(p.region()));
        return macroAfterScope && macrosNamed == 1 ? all : divisions;
    }

    /** Whether the place is named in a clause that only says who reports the facts after it (据青岛海关统计，). */
    boolean namesSource(PlaceMention p) {
        return attributions.namesSource(p);
    }

    /** Whether the place is the field of a ranking whose clause ends before {@code to}: the later clauses are the ranked's. */
    private boolean ranksBefore(PlaceMention p, int to) {
        return rankingDomains.contains(p) && to > spans.clauseAt(p.start()).end();
    }

    /**
     * Whether the place only says whose news outlet reports the facts after its clause (据美国媒体报道，当天约50人被逮捕):
     * the outlet's country is not where the facts are when the sentence right before names a place inside it (…在缅因州
     * 启动执法行动。据美国媒体报道，…), which the paragraph then gives.
     */
    private boolean namesReportingOutlet(PlaceMention p, int to) {
        if (attributions.clauseEnd(p, to) >= to || !WrittenNames.namesIt(p)
                || !NEWS_OUTLET_AFTER.matcher(text).region(p.end(), Math.min(text.length(), p.end() + MAX_OUTLET_WORDS)).lookingAt()) {
            return false;
        }
        Span sentence = spans.sentenceAt(p.start());
        Span paragraph = spans.paragraphAt(p.start());
        if (to > sentence.end() || sentence.start() <= paragraph.start()) {
            return false;
        }
        Span before = spans.sentenceAt(sentence.start() - 1);
        return named.subjects().stream().anyMatch(q -> q.start() >= before.start() && q.end() <= before.end()
            && WrittenNames.namesIt(q) && !q.region().equals(p.region()) && NamedPlaces.within(p.region(), q.region()));
    }

    /**
     * The last place named, or a more specific division named earlier inside it (立新村位于田东县) — not a locality
     * (大北岔林场的施业区座落在本镇境内, whose facts are the town's); for a list of places
     * the deepest place containing them all, which for places of different provinces is none.
     */
    Optional<Region> latestPlace(List<PlaceMention> inScope) {
        int last = inScope.size() - 1;
        int firstOfList = last;
        while (firstOfList > 0 && (named.joinedAsList(inScope.get(firstOfList - 1), inScope.get(firstOfList))
                || named.joinedAsEnds(inScope.get(firstOfList - 1), inScope.get(firstOfList)))) {
            firstOfList--;
        }
        if (firstOfList < last) {
            return commonAncestor(inScope.subList(firstOfList, last + 1));
        }
        Region latest = inScope.get(last).region();
        PlaceMention lastMention = inScope.get(last);
        if (latest.level() == RegionLevel.COUNTRY && writtenAsItsPeople(lastMention)) {
            // 以色列在加沙地带的军事行动已造成7.01万名巴勒斯坦人死亡: the people's country is where the place before lies
            Region country = latest;
            Optional<Region> inside = inScope.stream().limit(last).map(PlaceMention::region)
                .filter(r -> r.foreign() && NamedPlaces.within(country, r)).reduce((a, b) -> b);
            if (inside.isPresent()) {
                return inside;
            }
        }
        for (PlaceMention p : inScope) {
            if (p.region().level() != RegionLevel.COUNTRY && p.region().level() != RegionLevel.LOCALITY
                && latest.level() != RegionLevel.COUNTRY
                && p.region().code().startsWith(latest.code()) && (p.region().level().compareTo(latest.level()) > 0
                    || situatedInPart(p, lastMention))) {
                latest = p.region();
            }
        }
        Region division = latest;
        // a hamlet or unlisted village said to lie in the place named after it (京几屯位于…五星村) is the smaller place
        return Optional.of(inScope.stream().limit(last)
            .filter(p -> Localities.isSettlement(p.region()) && !division.foreign() && division.code().startsWith(p.region().code()))
            .map(PlaceMention::region).findFirst().orElse(latest));
    }

    private Optional<Region> commonAncestor(List<PlaceMention> list) {
        return ForeignDivisions.deepestCommonAncestor(list.stream().map(PlaceMention::region).toList(), table);
    }

    /** Whether a country is written as its people (巴勒斯坦人), not before 人口, 人均, 人民, 人员 or 人次. */
    private boolean writtenAsItsPeople(PlaceMention country) {
        int at = country.end();
        return at < text.length() && text.charAt(at) == PEOPLE
            && (at + 1 >= text.length() || NOT_AFTER_PEOPLE.indexOf(text.charAt(at + 1)) < 0);
    }

    /**
     * Whether the place is said to lie in a direction part of a division it is inside (尚义县地处河北省西北部): it is
     * more specific than the part, as 康保县 is than 河北省 in 康保县位于河北省最西北部.
     */
    private boolean situatedInPart(PlaceMention place, PlaceMention part) {
        if (!PlaceParts.isDirectionPart(part.region()) || place.region().code().length() <= part.region().code().length()
                || place.end() > part.start()
                || named.mentions().stream().anyMatch(m -> m.end() < place.start() && named.joinedAsList(m, place))) {
            return false; // a listed place (怀来县和涿鹿县地处…) is not alone where the part is
        }
        // the place is what lies there, written right before the verb (not 唐山市援建的光伏电站位于河北省西北部)
        for (String verb : PlaceContext.SUBJECTLESS_SITUATING_VERBS) {
            int at = part.start() - verb.length();
            if (at >= place.end() && text.startsWith(verb, at) && SITUATED_PLACE_SUFFIXES.contains(text.substring(place.end(), at))) {
                return true;
            }
        }
        return false;
    }
}
