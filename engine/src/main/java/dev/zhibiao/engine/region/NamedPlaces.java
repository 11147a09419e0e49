package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The places one post names, as the rule placing its facts reads them: every mention; the subjects among them, those a
 * fact can be about, ordered by start as the mentions are and binary-searched, as a post may name hundreds; the spans
 * that name no place a fact can take; and how names are written together (back to back, in a list).
 */
final class NamedPlaces {
    /**
     * A facility named after the place it serves or belongs to, written after a modifier's 的 (以广顺镇为主的贵阳优质蔬菜
     * 保供基地, 建成…的全省大健康产业发展基地): the place only names the facility, not where the fact is.
     */
    private static final Pattern FACILITY_AFTER_PLACE = Pattern.compile("\\p{IsHan}{0,10}?基地");
    /** 全 opening a scope word (全省, 全市): the whole of a place the story is in, no name of its own. */
    private static final char WHOLE = '全';
    /** How far after its place a facility's name may end (the words of FACILITY_AFTER_PLACE and 基地). */
    private static final int MAX_FACILITY_NAME = 12;
    private static final char ROUTE_FROM = '从';
    private static final String ROUTE_TO = "到至";
    /**
     * What is measured of a way after its ends (从珠海到江门的时间, 车程, 票价); anything else (从河南到广东务工的农民工) is of
     * the place gone to.
     */
    private static final Pattern WAY_MEASURE = Pattern.compile("的?(?:通行)?(?:时间|车程|距离|里程|路程|行程|用时|耗时|航程|票价)");

    /**
     * 在 opening a frame of who helped, closed by the help and 下 in the same clause (在上海市的支持下), or of when someone
     * worked or lived at the place (习近平同志在福建工作期间先后两次深入军营村调研): the time of a life, not the fact's place.
     */
    private static final char HELPING_FRAME_OPEN = '在';
    private static final Pattern HELPING_FRAME_CLOSE = Pattern.compile(
        "[^，,。；;：:]{0,12}?(?:(?:帮助|支持|帮扶|带动|推动|指导|引领|关心|关怀|资助|援助)下|(?:工作|任职|主政|挂职|插队|学习|生活)期间)");
    private static final int MAX_HELPING_FRAME = 8;
    /** First character of {@link #BUYERS_FROM}. */
    private static final char LIST_END = '等';
    /** Buyers or visitors from the places listed before them (等地的买家, 等地客商). */
    private static final Pattern BUYERS_FROM = Pattern.compile("等地的?(?:买家|客商|客户|采购商|经销商)");

    private final String text;
    private final List<PlaceMention> mentions;
    /**
     * The mentions that can be what a fact is about: not neighbours (东临X), distance references (距X), nor the county
     * a company of the dominant place is named after. Ordered by start, as the mentions are: scopes are binary-searched.
     */
    private final List<PlaceMention> subjects;
    /**
     * Spans that name no place a fact can take: 中国/全国/我国 (national scope), or a locality that lies in no place
     * known (东北虎豹国家公园 in a story on the country's parks).
     */
    private final List<Span> placeless;

    NamedPlaces(String text, DocumentSpans spans, List<PlaceMention> mentions, List<Span> placeless,
                Optional<Region> dominant) {
        this.text = text;
        this.mentions = List.copyOf(mentions);
        this.subjects = ReferencePoints.subjects(text, spans, mentions).stream()
            .filter(m -> !(containsDominant(m.region(), dominant) && OrganizationNames.beginsFirmOrBody(text, m)))
            .filter(m -> !OrganizationNames.partnerOfPlaceBefore(text, m, mentions))
            .filter(m -> !inHelpingFrame(text, m))
            .filter(m -> !homeOfBuyers(m))
            .filter(m -> !namesFacilityAfterModifier(text, spans, mentions, m))
            .toList();
        this.placeless = List.copyOf(placeless);
    }

    /**
     * Whether the place is named inside a frame of who helped (在该县扶贫资金的帮助下, 在上海市的支持下) or of when someone
     * worked there (在福建工作期间): the helper's place or the time of a life, not where what was helped grew or done.
     */
    private static boolean inHelpingFrame(String text, PlaceMention m) {
        int open = m.start();
        while (open >= 0 && m.start() - open <= MAX_HELPING_FRAME && text.charAt(open) != HELPING_FRAME_OPEN) {
            open--; // only the few characters a frame's opening may stand back from the name are read
        }
        if (open < 0 || m.start() - open > MAX_HELPING_FRAME) {
            return false;
        }
        int clauseEnd = Segmenter.clauseEnd(text, open);
        return clauseEnd >= m.end() && HELPING_FRAME_CLOSE.matcher(text).region(m.end(), clauseEnd).lookingAt();
    }

    /**
     * Whether the place is listed as a home of the buyers named after the list (草坪赢得了福建、湖南、山东等地的买家认可):
     * where the trade came from, not where the fact is. Visitors are not (三亚、海口等地游客接待量: the places' own figures).
     */
    private boolean homeOfBuyers(PlaceMention m) {
        if (m.end() >= text.length() || PlaceContext.LIST_JOINERS.indexOf(text.charAt(m.end())) < 0
                && text.charAt(m.end()) != LIST_END) {
            return false; // most names are followed by neither: no walk through the mentions
        }
        PlaceMention last = m;
        for (int i = mentions.indexOf(m) + 1; i < mentions.size() && mentions.get(i).start() <= last.end() + 1; i++) {
            if (joinedAsList(last, mentions.get(i))) {
                last = mentions.get(i);
            }
        }
        return BUYERS_FROM.matcher(text).region(last.end(), text.length()).lookingAt();
    }

    /**
     * Whether a place contains the post's dominant place: a company named after it (柳河县…矿业有限公司 in a profile of
     * one of its towns) is registered there, while the facts are the dominant place's.
     */
    private static boolean containsDominant(Region place, Optional<Region> dominant) {
        return dominant.filter(d -> d.level() != RegionLevel.COUNTRY && place.level() != RegionLevel.COUNTRY
            && d.level().compareTo(place.level()) > 0 && d.code().startsWith(place.code())).isPresent();
    }

    /**
     * Whether a place right after a modifier's 的 begins the name of a facility ({@link #FACILITY_AFTER_PLACE}) in a
     * sentence that names another place for the facts (以广顺镇为主的贵阳…保供基地), or by a scope word (建成…的全省大健康
     * 产业发展基地); a name alone (全国最大的新疆棉花生产基地) is where the facts are.
     */
    private static boolean namesFacilityAfterModifier(String text, DocumentSpans spans, List<PlaceMention> mentions,
                                                      PlaceMention m) {
        if (m.start() == 0 || text.charAt(m.start() - 1) != PlaceContext.MODIFIER_END || !FACILITY_AFTER_PLACE.matcher(text)
                .region(m.end(), Math.min(text.length(), m.end() + MAX_FACILITY_NAME)).lookingAt()) {
            return false;
        }
        if (m.surface().charAt(0) == WHOLE || BackReferences.isReference(m)) {
            return true; // 全省大健康产业发展基地: the scope word only says whose base it is
        }
        Span sentence = spans.sentenceAt(m.start());
        return mentions.stream().anyMatch(p -> p != m && p.start() >= sentence.start() && p.end() <= sentence.end()
            && !p.region().equals(m.region()));
    }

    List<PlaceMention> mentions() {
        return mentions;
    }

    List<PlaceMention> subjects() {
        return subjects;
    }

    List<Span> placeless() {
        return placeless;
    }

    /** The first subject starting after the offset: a binary search, as a post may name hundreds of places. */
    Optional<PlaceMention> firstSubjectAfter(int offset) {
        int first = indexOfFirstSubjectAfter(offset);
        return first < subjects.size() ? Optional.of(subjects.get(first)) : Optional.empty();
    }

    /** The subjects starting in [from, to], in text order: the only ones that can lie in [from, to). */
    List<PlaceMention> subjectsStartingIn(int from, int to) {
        int first = indexOfFirstSubjectAfter(from - 1);
        return subjects.subList(first, Math.max(first, indexOfFirstSubjectAfter(to)));
    }

    private int indexOfFirstSubjectAfter(int offset) {
        int lo = 0;
        int hi = subjects.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (subjects.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    PlaceMention subjectStartingAt(int offset) {
        return firstSubjectAfter(offset - 1).filter(q -> q.start() == offset).orElse(null);
    }

    /** The last of the names written back to back from the first, each lying in the one before (在澳大利亚塔斯马尼亚州). */
    PlaceMention lastOfRunWithin(PlaceMention first) {
        PlaceMention last = first;
        for (PlaceMention next = subjectStartingAt(last.end()); next != null && within(last.region(), next.region());
             next = subjectStartingAt(last.end())) {
            last = next;
        }
        return last;
    }

    boolean joinedAsList(PlaceMention a, PlaceMention b) {
        return b.start() - a.end() == 1 && PlaceContext.LIST_JOINERS.indexOf(text.charAt(a.end())) >= 0;
    }

    /**
     * Whether two places are the ends of a way between them (从珠海到江门, 从A至B): what is said of the way, its time or
     * length, is of the place holding both.
     */
    boolean joinedAsEnds(PlaceMention a, PlaceMention b) {
        return b.start() - a.end() == 1 && ROUTE_TO.indexOf(text.charAt(a.end())) >= 0 && a.start() > 0
            && text.charAt(a.start() - 1) == ROUTE_FROM && WAY_MEASURE.matcher(text).region(b.end(), text.length()).lookingAt();
    }

    /** Whether the inner place lies in the outer one: a division in its parent, a foreign city in its country. */
    static boolean within(Region outer, Region inner) {
        if (outer.equals(inner) || outer.level().compareTo(inner.level()) >= 0) {
            return false;
        }
        return outer.level() == RegionLevel.COUNTRY ? inner.code().equals(outer.code()) : PlaceDisambiguator.related(outer, inner);
    }

    /** Whether a subject place or a national scope lies in the span, each only where its test lets it count. */
    boolean namesPlaceOrScopeIn(Span span, Predicate<PlaceMention> placeCounts, Predicate<Span> scopeCounts) {
        return subjects.stream().anyMatch(p -> p.start() >= span.start() && p.end() <= span.end() && placeCounts.test(p))
            || placeless.stream().anyMatch(z -> z.start() >= span.start() && z.end() <= span.end() && scopeCounts.test(z));
    }

    /** Whether any place or national scope is named in [from, to). */
    boolean namesPlaceIn(int from, int to) {
        return mentions.stream().anyMatch(p -> p.start() >= from && p.end() <= to)
            || placeless.stream().anyMatch(s -> s.start() >= from && s.end() <= to);
    }
}
