package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.LeadingScan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Resolves words that point back at a place by its kind — 该县, 全县, 本村, 全市, 我省, 村里 — to the place of that
 * kind its paragraph has just named (深圳全市), else to the place of that kind heading its section (全县 under a
 * heading 临县, in a profile of a city's counties), else to the post's dominant place when it is of that kind (全乡 in a
 * profile of 时家店乡 that also names its neighbours), else to the latest place of that kind named before them (or
 * among the ancestors of the latest place), else to the dominant place's ancestor of that kind.
 */
final class BackReferences {
    /** The kinds 该, 全, 本 and 我 take in a reference. */
    private static final String REFERENCE_KINDS = "县村镇乡市区省州旗";
    private static final String REFERENCE_DETERMINERS = "该全本我";
    private static final char IN = '里';
    private static final char COUNTY = '县';
    /** 城 after a county's name: its seat (县城). */
    private static final char SEAT = '城';
    /**
     * The determiners whose reference may point at the place its paragraph has just named as subject (宁波全市, 该市);
     * 我市 and 本市 are the writer's own place whatever was named before them.
     */
    private static final String PARAGRAPH_DETERMINERS = "全该";
    /** 该县/全县/本县/我县 …; not 全市场, 本区域, 全区间 where the kind word starts another word. */
    private static final LeadingScan REFERENCE = new LeadingScan("该全本我县村镇乡市省",
        "[" + REFERENCE_DETERMINERS + "]([" + REFERENCE_KINDS + "])(?![场域间])"
        // 村里, 县里 (the village, the county just named); not 农村里, 城市里, 城镇里, 乡村里 (rural areas, cities)
        + "|(?<![农城都超夜乡股菜集门花黑])([县村镇乡市省])" + IN + "(?![程面外])", BackReferences::mayBeginReference);

    /** First characters of references that may end a word before them (健全, 熊本, 应该); 我 does not (成为我县). */
    private static final String WORD_ENDING_REFERENCES = "全本该";

    private final DivisionTable table;

    BackReferences(DivisionTable table) {
        this.table = table;
    }

    /** 当地 (locally) points at the place named last before it, whatever its kind; 当地时间 is a clock's. */
    private static final String LOCAL = "当地";
    private static final String LOCAL_TIME = "当地时间";
    /** 这里 (here) points at the place its paragraph named last, the scene a story has just set. */
    private static final String HERE = "这里";
    /** 这里面, 这里头: inside a thing, not a place. */
    private static final String NOT_HERE_AFTER = "面头";
    /** 说到这里, 想到这里: a point in a speech or a thought, not a place. */
    private static final char REACHING = '到';
    private static final String NOT_HERE_BEFORE_REACHING = "说讲谈聊写想";

    /** Whether the mention is a back reference (全县, 该镇, 当地, 这里) rather than a name. */
    static boolean isReference(PlaceMention mention) {
        return mention.surface().equals(LOCAL) || mention.surface().equals(HERE) || REFERENCE.matches(mention.surface());
    }

    /** Whether a reference may begin here: a kind after 该/全/本/我 (该县), else 里 after the kind (村里). */
    private static boolean mayBeginReference(CharSequence text, int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        return REFERENCE_DETERMINERS.indexOf(text.charAt(at)) >= 0 ? REFERENCE_KINDS.indexOf(next) >= 0 : next == IN;
    }

    /** The named places plus the resolved back references, ordered by start. */
    List<PlaceMention> resolve(String text, DocumentSpans spans, List<PlaceMention> named, Optional<Region> dominant,
                               SectionHeadings sections) {
        List<PlaceMention> all = new ArrayList<>(named);
        Matcher m = REFERENCE.matcher(text);
        for (int from = 0; REFERENCE.find(m, text, from); from = LeadingScan.after(m)) {
            int start = m.start();
            if (all.stream().anyMatch(p -> p.start() < m.end() && start < p.end())) {
                continue; // part of a name, as in 全州县
            }
            if (m.group(1) != null && start > 0 && WORD_ENDING_REFERENCES.indexOf(text.charAt(start)) >= 0
                    && DictionaryWords.isWord(text.substring(start - 1, start + 1))) {
                continue; // 全, 本 or 该 ending a word (健全乡村, 熊本县, 应该): no reference
            }
            char kind = (m.group(1) != null ? m.group(1) : m.group(2)).charAt(0);
            boolean mayPointAtParagraphSubject = m.group(1) != null && PARAGRAPH_DETERMINERS.indexOf(text.charAt(start)) >= 0;
            Optional<Region> target = (mayPointAtParagraphSubject
                    ? namedInParagraphBefore(text, spans, all, start, kind) : Optional.<Region>empty())
                .or(() -> sections.placeAt(start).filter(heading -> isOfKind(heading, kind)))
                .or(() -> dominant.filter(d -> isOfKind(d, kind)))
                .or(() -> latestOfKind(text, spans, all, start, kind))
                .or(() -> dominant.flatMap(d -> ofKind(d, kind)));
            target.ifPresent(region -> {
                all.add(new PlaceMention(start, m.end(), m.group(), region));
                all.sort(Comparator.comparingInt(PlaceMention::start));
            });
        }
        return all;
    }

    /**
     * The mentions plus each 当地 resolved to the place named last before it, localities included (在重庆江津，樱花园里…。
     * 当地把樱花园与茶园相结合 → 江津区), and each 这里 to the scene its paragraph set last (蜀山船闸项目通过验收。船舶在这里
     * 翻越12.7米落差 → 蜀山船闸): "here" points at the scene just set, never across a paragraph.
     */
    static List<PlaceMention> withLocalAndHere(String text, DocumentSpans spans, List<PlaceMention> mentions) {
        List<PlaceMention> all = new ArrayList<>(mentions);
        for (int at = text.indexOf(LOCAL); at >= 0; at = text.indexOf(LOCAL, at + LOCAL.length())) {
            if (!text.startsWith(LOCAL_TIME, at)) {
                addReference(all, at, LOCAL, p -> true);
            }
        }
        int first = text.indexOf(HERE);
        ComingFrom comingFrom = first < 0 ? null : ComingFrom.in(text);
        for (int at = first; at >= 0; at = text.indexOf(HERE, at + HERE.length())) {
            if (pointsAtPlace(text, at)) {
                int paragraphStart = spans.paragraphAt(at).start();
                addReference(all, at, HERE, p -> p.start() >= paragraphStart && isScene(text, spans, all, p, comingFrom));
            }
        }
        return all;
    }

    /** Whether the 这里 at the offset is a place: not 这里面 (inside a thing) nor 说到这里 (a point in a speech). */
    private static boolean pointsAtPlace(String text, int at) {
        int after = at + HERE.length();
        return !(after < text.length() && NOT_HERE_AFTER.indexOf(text.charAt(after)) >= 0)
            && !(at >= 2 && text.charAt(at - 1) == REACHING && NOT_HERE_BEFORE_REACHING.indexOf(text.charAt(at - 2)) >= 0);
    }

    /**
     * Whether a place may be the scene 这里 points back at: not a point of reference (相当于北京三分之一, 销往美国), not
     * where people or things came from (来自河南的游客说，这里…; 从北京来到这里), and not an item of a list (北京、上海等地的
     * 游客来到这里): "here" is one place the story stands in.
     */
    private static boolean isScene(String text, DocumentSpans spans, List<PlaceMention> all, PlaceMention p,
            ComingFrom comingFrom) {
        return !ReferencePoints.isReferencePoint(text, spans, p) && !comingFrom.holds(p.start(), p.end())
            && PlaceContext.ORIGIN_MARKS.stream().noneMatch(mark -> text.startsWith(mark, p.start() - mark.length()))
            && !isListItem(text, all, p);
    }

    /** Whether a joiner or 等 follows the place, or a joiner right after another place precedes it (越南、泰国). */
    private static boolean isListItem(String text, List<PlaceMention> all, PlaceMention p) {
        if (p.end() < text.length() && (PlaceContext.LIST_JOINERS.indexOf(text.charAt(p.end())) >= 0
                || text.charAt(p.end()) == PlaceContext.EXAMPLES_END)) {
            return true;
        }
        int joiner = p.start() - 1;
        return joiner > 0 && PlaceContext.LIST_JOINERS.indexOf(text.charAt(joiner)) >= 0
            && all.stream().anyMatch(q -> q.end() == joiner);
    }

    /** Adds the reference written at {@code at} as the place of the last admitted mention before it, if any. */
    private static void addReference(List<PlaceMention> all, int at, String word, Predicate<PlaceMention> admitted) {
        if (all.stream().anyMatch(p -> p.start() < at + word.length() && at < p.end())) {
            return; // part of a name
        }
        latest(all, at, admitted).ifPresent(named -> {
            all.add(new PlaceMention(at, at + word.length(), word, named.region()));
            all.sort(Comparator.comparingInt(PlaceMention::start));
        });
    }

    private static Optional<PlaceMention> latest(List<PlaceMention> mentions, int before, Predicate<PlaceMention> admitted) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).end() <= before && admitted.test(mentions.get(i))) {
                return Optional.of(mentions.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The place of the kind its paragraph names last before the reference, when that name is no point of reference
     * (深圳全市规模以上工业增加值, then 全市37个工业行业大类, in a story whose main city is 东莞): the paragraph's own city,
     * not the post's. A last name of another kind (以西安村为主，全镇…), not in a subject's place (赴哈尔滨市考察。全市…),
     * a neighbour (东临柳河镇，全乡…) or a ratio's base (仅为芜湖的1/2。…全市) leaves it to the post's place.
     */
    private Optional<Region> namedInParagraphBefore(String text, DocumentSpans spans, List<PlaceMention> mentions,
                                                    int before, char kind) {
        int paragraphStart = spans.paragraphAt(before).start();
        return latest(mentions, before, p -> !isReference(p))
            .filter(p -> p.start() >= paragraphStart && isOfKind(p.region(), kind)
                && ReferencePoints.opensClause(text, spans, p.start()) && !ReferencePoints.isReferencePoint(text, spans, p))
            .map(PlaceMention::region);
    }

    /**
     * The latest place named before of the kind, or with an ancestor of it; not a point of reference (东临姜家店朝鲜族乡,
     * 与祁连县默勒镇隔山相望, 与长春市相比): 全乡 after it is still the place the text is about. A county whose seat a
     * distance is measured to (距布尔津县城150公里，全县…) is the text's own county.
     */
    private Optional<Region> latestOfKind(String text, DocumentSpans spans, List<PlaceMention> mentions, int before,
                                          char kind) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PlaceMention p = mentions.get(i);
            if (p.end() <= before) {
                Optional<Region> found = ofKind(p.region(), kind);
                if (found.isPresent() && (isCountySeat(text, p) || !ReferencePoints.isReferencePoint(text, spans, p))) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the county is named as its seat (布尔津县城). */
    private static boolean isCountySeat(String text, PlaceMention p) {
        return p.end() < text.length() && text.charAt(p.end()) == SEAT && isOfKind(p.region(), COUNTY);
    }

    /** The place itself or its nearest ancestor whose name ends in the kind word (县 → 田东县, 区 → 广西壮族自治区). */
    private Optional<Region> ofKind(Region region, char kind) {
        List<Region> lineage = table.lineage(region);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            Region r = lineage.get(i);
            if (isOfKind(r, kind)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean isOfKind(Region region, char kind) {
        return region.name().charAt(region.name().length() - 1) == kind;
    }
}
