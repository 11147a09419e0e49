package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places a paragraph takes from the paragraphs before it: the story it continues (…泸定县磨西镇通往外界的唯一通道被阻断…。
 * then 突击队20名党员立下军令状), the landform whose site it has walked on to (在新疆准噶尔盆地，…。 then …樊译阳服务的
 * 陆梁油田…), and the place the paragraph before ended on (…在加沙南部亲历了一场空袭。 then 这栋4层楼高的民居…).
 */
final class EarlierParagraphs {
    /** The share of the body's place mentions a story's place must have for paragraphs naming none to continue it. */
    private static final double STORY_SHARE = 0.5;

    private final String text;
    private final DocumentSpans spans;
    private final int titleEnd;
    private final List<PlaceMention> subjects;
    private final ScopeDecisions decisions;
    private final Topics topics;
    /** How many subjects the body names ({@link #bodyMentions}); counted on first use. */
    private long bodyMentions = -1;
    /** Per paragraph start, the place of the story it continues ({@link #storyPlaceBefore}). */
    private final Map<Integer, Optional<Region>> storyPlaces = new HashMap<>();
    /** The landform scene of the paragraph before, by paragraph start: the same for every amount of the paragraph. */
    private final Map<Integer, Optional<Region>> landformScenesBefore = new HashMap<>();

    EarlierParagraphs(String text, DocumentSpans spans, int titleEnd, NamedPlaces named, ScopeDecisions decisions,
                      Topics topics) {
        this.text = text;
        this.spans = spans;
        this.titleEnd = titleEnd;
        this.subjects = named.subjects();
        this.decisions = decisions;
        this.topics = topics;
    }

    /**
     * The place of the story a paragraph naming no place continues: what the nearest earlier paragraph that names a
     * place or a national scope says, when
     * <ul>
     * <li>neither paragraph is a headline and none lies between (a bulletin's next item is another story);</li>
     * <li>the paragraph names no place, no national scope and no central authority (中央财政下达…: national facts
     *     after a local example);</li>
     * <li>the place is a domestic division or locality, or a place abroad below its country (the scene of a rescue:
     *     哈塔伊省安塔基亚市的街区…。 then 经过4个多小时的紧张救援), not a macro-region nor a foreign country (俄罗斯总统…,
     *     中德…);</li>
     * <li>it, its parts and the places it lies in make at least half of the body's place mentions: the story's place,
     *     not an example of a national story; for a place abroad, its country's places and the country itself do, and
     *     the title or the lead sentence names that country: a story abroad (中国救援队持续在土耳其地震灾区展开搜救), not
     *     a story at home naming a treaty's city (《基加利修正案》).</li>
     * </ul>
     */
    Optional<Region> storyPlaceBefore(Span paragraph) {
        return storyPlaces.computeIfAbsent(paragraph.start(), start -> storyPlaceOf(paragraph));
    }

    private Optional<Region> storyPlaceOf(Span paragraph) {
        if (spans.isHeadline(paragraph) || decisions.decide(paragraph.start(), paragraph.end()).isPresent()
                || PlaceContext.CENTRAL_AUTHORITY.matcher(text).region(paragraph.start(), paragraph.end()).find()) {
            return Optional.empty();
        }
        for (Optional<Span> before = spans.paragraphBefore(paragraph); before.isPresent();
             before = spans.paragraphBefore(before.get())) {
            Span earlier = before.get();
            if (earlier.end() <= titleEnd || spans.isHeadline(earlier)) {
                return Optional.empty();
            }
            Optional<Optional<Region>> decided = topics.decideByTopic(earlier.start(), earlier.end());
            if (decided.isPresent()) {
                return decided.get().filter(place -> place.foreign() ? sceneAbroad(place)
                    : !MacroRegions.isMacroRegion(place) && STORY_SHARE * bodyMentions() <= mentionsOnLineOf(place));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a place abroad below its country is the scene of a story abroad: the title or the lead sentence names a
     * place of its country, and that country's places make at least half of the body's place mentions.
     */
    private boolean sceneAbroad(Region place) {
        if (place.level() == RegionLevel.COUNTRY || titleEnd + 1 >= text.length()) {
            return false;
        }
        int leadEnd = spans.sentenceAt(titleEnd + 1).end();
        boolean leadAbroad = subjects.stream().anyMatch(p -> p.end() <= leadEnd && p.region().code().equals(place.code()));
        return leadAbroad && STORY_SHARE * bodyMentions()
            <= subjects.stream().filter(p -> p.start() >= titleEnd && p.region().code().equals(place.code())).count();
    }

    private long bodyMentions() {
        if (bodyMentions < 0) {
            bodyMentions = subjects.stream().filter(p -> p.start() >= titleEnd).count();
        }
        return bodyMentions;
    }

    /** The body's mentions of the place, of its parts and of the places it lies in. */
    private long mentionsOnLineOf(Region place) {
        return subjects.stream().filter(p -> p.start() >= titleEnd)
            .filter(p -> p.region().equals(place) || PlaceDisambiguator.related(p.region(), place)).count();
    }

    /**
     * The site a paragraph names first, after a fact its opening places nowhere, when the paragraph before set the scene
     * in a landform the site lies in (在新疆准噶尔盆地，…。 then 25岁的樊译阳负责着油井的设计…。樊译阳服务的陆梁油田…): the
     * story walked into the landform to reach the site, and the paragraph's opening is already there.
     */
    Optional<Region> siteAheadInLandform(Span paragraph, int offset) {
        Optional<Region> scene = landformScenesBefore.computeIfAbsent(paragraph.start(),
            start -> landformSceneBefore(paragraph));
        if (scene.isEmpty()) {
            return Optional.empty();
        }
        return topics.topicMention(offset, paragraph.end()).map(PlaceMention::region)
            .filter(site -> site.level() == RegionLevel.LOCALITY && !site.equals(scene.get())
                && site.path().containsAll(scene.get().path()));
    }

    /** The landform the paragraph before set its scene in (在新疆准噶尔盆地，…), if any. */
    private Optional<Region> landformSceneBefore(Span paragraph) {
        Optional<Span> before = spans.paragraphBefore(paragraph);
        if (before.isEmpty() || before.get().end() <= titleEnd || spans.isHeadline(before.get())) {
            return Optional.empty();
        }
        return topics.decideByTopic(before.get().start(), before.get().end()).flatMap(place -> place)
            .filter(Localities::isLandform);
    }

    /**
     * The place the last sentence of the paragraph before names (…总台报道员在加沙南部亲历了一场空袭。 then 这栋4层楼高的民居…),
     * when that paragraph is no headline: what a demonstrative opening a paragraph points back to.
     */
    Optional<Region> placeEndingParagraphBefore(Span paragraph) {
        Optional<Span> before = spans.paragraphBefore(paragraph);
        if (before.isEmpty() || before.get().end() <= titleEnd || spans.isHeadline(before.get())) {
            return Optional.empty();
        }
        List<Span> sentences = spans.sentencesIn(before.get());
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        Span last = sentences.get(sentences.size() - 1);
        return decisions.decide(last.start(), last.end()).flatMap(place -> place);
    }
}
