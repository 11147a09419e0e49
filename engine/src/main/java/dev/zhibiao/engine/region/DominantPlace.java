package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.ListItemMarks;
import dev.zhibiao.engine.text.Span;

/**
 * The place a post is about as a whole, for facts no nearer place governs: the dateline (本报田东讯, narrowed to the
 * title's place if that lies inside it), else the title's place (narrowed to the body's main place if that lies inside
 * it), else the place that most of the post's mentions fall under; then narrowed to the lead's village or township
 * when the body names it again. In a bulletin of items under headlines after a lead naming no place (国内联播快讯), the
 * main place must be named in every item: one item's place (a visit to 巴西 in its last item) is not where the others'
 * facts are (国债发行, 城中村改造).
 */
final class DominantPlace {
    private static final Pattern DATELINE = Pattern.compile("本报(\\S{2,8}?)讯");
    /** Share of all place mentions (national ones included) that the main place of the body must cover. */
    private static final double MAIN_PLACE_SHARE = 0.6;
    /** Paragraphs after the lead that must name the lead's township or village again for it to be the scene. */
    /** The lead is among the first paragraphs after the title. */
    private static final int LEAD_PARAGRAPHS = 3;
    private static final int MIN_SCENE_PARAGRAPHS = 2;

    private DominantPlace() {
    }

    static Optional<Region> of(String text, DocumentSpans spans, int titleEnd, List<PlaceMention> mentions,
                               List<Span> national) {
        Optional<Region> dateline = dateline(text, mentions);
        Optional<Region> title = titlePlace(titleEnd, mentions, national);
        if (dateline.isPresent()) {
            // 本报宁县讯 under the title 宁县中村镇邓家村58户村民喜获分红: the paper's county, the story's village
            return title.filter(t -> covers(dateline.get(), t)).or(() -> dateline);
        }
        List<Span> items = bulletinItems(text, spans, titleEnd, mentions);
        Optional<Region> main = mainPlace(deepestOfChains(mentions), national.size(), items)
            .or(() -> mainPlace(mentions, national.size(), items));
        Optional<Region> place = title.isPresent() ? main.filter(m -> covers(title.get(), m)).or(() -> title) : main;
        return place.map(m -> leadScene(spans, titleEnd, mentions, m).orElse(m));
    }

    /**
     * The township or village the lead paragraph names inside the main place (2月7日,江口县官和乡官和村村委会人头攒动;
     * 江西进贤: …进贤县七里乡寺背村依托资源优势…) when two later paragraphs name it again: the story's scene, which
     * the county's name in its title or in its firms' names (江口县黔农农机专业合作社) outnumbers.
     */
    private static Optional<Region> leadScene(DocumentSpans spans, int titleEnd, List<PlaceMention> mentions,
                                              Region main) {
        // the lead: the first paragraph naming a township or village inside the main place, among the first few (a
        // kicker and a byline may come before it: 在距离芜湖主城区…的小山村… / 芜湖日报记者… / …无为市蜀山镇…的关河村…)
        for (Span first : spans.paragraphs().stream().filter(p -> p.start() >= titleEnd && p.end() > p.start())
                .limit(LEAD_PARAGRAPHS).toList()) {
            Optional<Region> scene = sceneIn(first, mentions, main);
            if (scene.isPresent()) {
                return namedInLaterParagraphs(spans, mentions, first, scene.get()) ? scene : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The deepest township or village inside the main place that the paragraph names. */
    private static Optional<Region> sceneIn(Span paragraph, List<PlaceMention> mentions, Region main) {
        return mentions.stream()
            .filter(p -> p.start() >= paragraph.start() && p.end() <= paragraph.end()
                && p.region().level().compareTo(RegionLevel.TOWNSHIP) >= 0 && p.region().level() != RegionLevel.LOCALITY
                && !p.region().equals(main) && covers(main, p.region()))
            .map(PlaceMention::region).reduce((a, b) -> b.level().compareTo(a.level()) > 0 ? b : a);
    }

    private static boolean namedInLaterParagraphs(DocumentSpans spans, List<PlaceMention> mentions, Span first, Region s) {
        // in two paragraphs at least: one paragraph about the village (…官和村…官和村…) is a county story's example
        long paragraphsNamingIt = mentions.stream()
            .filter(p -> p.start() >= first.end() && covers(s, p.region()))
            .map(p -> spans.paragraphAt(p.start()).start()).distinct().count();
        return paragraphsNamingIt >= MIN_SCENE_PARAGRAPHS;
    }

    private static Optional<Region> dateline(String text, List<PlaceMention> mentions) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return mentions.stream()
            .filter(p -> p.start() >= m.start(1) && p.end() <= m.end(1))
            .map(PlaceMention::region)
            .findFirst();
    }

    /** The title's place when the title names one place, or places on one line of descent (the deepest). */
    private static Optional<Region> titlePlace(int titleEnd, List<PlaceMention> mentions, List<Span> national) {
        if (national.stream().anyMatch(s -> s.end() <= titleEnd)) {
            return Optional.empty();
        }
        Region deepest = null;
        for (PlaceMention p : mentions) {
            if (p.end() > titleEnd) {
                break;
            }
            if (deepest != null && !PlaceDisambiguator.related(deepest, p.region())) {
                return Optional.empty();
            }
            if (deepest == null || p.region().level().compareTo(deepest.level()) > 0) {
                deepest = p.region();
            }
        }
        return Optional.ofNullable(deepest);
    }

    /**
     * The deepest place that covers (is or contains) most of the mentions and, in a bulletin, a mention in each of its
     * items.
     */
    private static Optional<Region> mainPlace(List<PlaceMention> mentions, int nationalMentions, List<Span> items) {
        int total = mentions.size() + nationalMentions;
        Region best = null;
        for (PlaceMention candidate : mentions) {
            Region r = candidate.region();
            long covered = mentions.stream().filter(p -> covers(r, p.region())).count();
            if (covered >= 2 && covered >= MAIN_PLACE_SHARE * total
                && (best == null || r.level().compareTo(best.level()) > 0) && namedInEveryItem(r, mentions, items)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether every item of a bulletin names the place or a place inside it (none for a story: no items). */
    private static boolean namedInEveryItem(Region place, List<PlaceMention> mentions, List<Span> items) {
        return items.stream().allMatch(item -> mentions.stream()
            .anyMatch(p -> p.start() >= item.start() && p.end() <= item.end() && covers(place, p.region())));
    }

    /**
     * The mentions with each place written as a chain of its divisions (广西崇左市龙州县逐卜乡弄岗村) counted once, as its
     * deepest when that is a township or a village: the chain names one place, and its ancestors counted apart would
     * outvote the village a story is about. A township or village named only in its chain (泸定县磨西镇, once) is no
     * main place by this count: the mentions as written decide.
     */
    private static List<PlaceMention> deepestOfChains(List<PlaceMention> mentions) {
        List<PlaceMention> deepest = new ArrayList<>(mentions.size());
        int chainEnd = -1;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PlaceMention p = mentions.get(i);
            PlaceMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean inChain = next != null && next.start() == p.end() && !p.region().equals(next.region())
                && covers(p.region(), next.region());
            chainEnd = inChain ? chainEnd : i;
            if (!inChain || mentions.get(chainEnd).region().level().compareTo(RegionLevel.TOWNSHIP) < 0) {
                deepest.add(p);
            }
        }
        Collections.reverse(deepest);
        return deepest;
    }

    /**
     * The items of a bulletin: each headline line of the body with the text up to the next headline, when at least two
     * headlines lead text of their own after a lead naming no place (央视网消息（新闻联播）：); none for a story (one
     * headline, or none), nor where the lead names the story's place (贵州省…, then sections under headlines) or there is
     * no lead (a byline or caption first). A numbered heading (1.普通高中) or a label (办理流程：) heads a part of one
     * document, not an item of its own.
     */
    private static List<Span> bulletinItems(String text, DocumentSpans spans, int titleEnd,
                                            List<PlaceMention> mentions) {
        List<Span> items = new ArrayList<>();
        int itemStart = -1;
        boolean hasText = false;
        for (Span paragraph : spans.paragraphs()) {
            if (paragraph.start() < titleEnd) {
                continue;
            }
            if (leadsItem(text, spans, paragraph)) {
                if (hasText) {
                    items.add(new Span(itemStart, paragraph.start()));
                }
                itemStart = paragraph.start();
                hasText = false;
            } else {
                hasText |= itemStart >= 0;
            }
        }
        if (hasText) {
            items.add(new Span(itemStart, spans.paragraphs().get(spans.paragraphs().size() - 1).end()));
        }
        if (items.size() < 2) {
            return List.of();
        }
        int leadEnd = items.get(0).start();
        boolean placelessLead = !text.substring(titleEnd, leadEnd).isBlank()
            && mentions.stream().noneMatch(p -> p.start() >= titleEnd && p.start() < leadEnd);
        return placelessLead ? items : List.of();
    }

    /** Whether a paragraph is a headline of a bulletin's item: neither numbered nor a label. */
    private static boolean leadsItem(String text, DocumentSpans spans, Span paragraph) {
        if (!spans.isHeadline(paragraph)) {
            return false;
        }
        String line = text.substring(paragraph.start(), paragraph.end()).strip();
        return !line.isEmpty() && ItemHeadPlaces.COLONS.indexOf(line.charAt(line.length() - 1)) < 0
            && !ListItemMarks.OPENING.matcher(line).lookingAt();
    }

    private static boolean covers(Region outer, Region inner) {
        if (outer.level() == RegionLevel.COUNTRY || inner.level() == RegionLevel.COUNTRY) {
            return outer.equals(inner);
        }
        return inner.code().startsWith(outer.code());
    }
}
