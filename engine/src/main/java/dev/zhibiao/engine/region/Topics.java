package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The topic of a paragraph (or the title), which places its sentences that name no place: the first place it names
 * other than in a firm's name, made as specific as its sentence makes it, or the scene the paragraph walked on to
 * (在北京，…。在重庆江津，…). Not a macro-region, nor where a journey leaves from or for.
 */
final class Topics {
    /** Path length of a division or city abroad (美国 > 得克萨斯州): a town's path is longer inside one. */
    private static final int FOREIGN_DIVISION_DEPTH = 2;
    /**
     * Words before a place abroad (or its country) that make it where something goes, comes from or strikes (前往德国
     * 北莱茵-威斯特法伦州杜伊斯堡, 运往, 驶往, 向乌克兰顿涅茨克州…方向): not the scene of the sentences after.
     */
    private static final List<String> GOING_OR_COMING_MARKS =
        Stream.concat(PlaceContext.ORIGIN_MARKS.stream(), PlaceContext.DESTINATION_MARKS.stream()).toList();

    private final String text;
    private final DocumentSpans spans;
    private final NamedPlaces named;
    private final ScopeDecisions decisions;
    /** See {@link JourneyEnds}. */
    private final Set<PlaceMention> journeyEnds;

    Topics(String text, DocumentSpans spans, NamedPlaces named, ScopeDecisions decisions, Set<PlaceMention> journeyEnds) {
        this.text = text;
        this.spans = spans;
        this.named = named;
        this.decisions = decisions;
        this.journeyEnds = journeyEnds;
    }

    /**
     * What a paragraph (or the title) says for a sentence that names no place: its topic, the first place it names
     * other than in a firm's name —
     * later ones in other sentences are often incidental (河北厂家研发的…) — made as specific as that sentence makes
     * it (柳河县天翊钙业有限公司位于时家店乡长兴村), though not by a locality it names after the topic (镇内建有通化机场):
     * a locality is the topic of other sentences only when named first.
     */
    Optional<Optional<Region>> decideByTopic(int from, int to) {
        List<PlaceMention> inScope = topicCandidates(from, to);
        Optional<PlaceMention> first = topicOf(inScope);
        if (first.isEmpty()) {
            return decisions.decide(from, to, p -> !journeyEnds.contains(p));
        }
        Optional<Region> scene = latestSceneAfter(spans.sentenceAt(first.get().start()), inScope)
            .filter(place -> !PlaceDisambiguator.related(first.get().region(), place)); // 黑龙江省…在哈尔滨，…
        if (scene.isPresent()) {
            return Optional.of(scene);
        }
        Span topicSentence = spans.sentenceAt(first.get().start());
        // a site (a park, a port) named in the topic's sentence is no topic unless first; a place inside a township is
        // (公司…位于柳河镇乔家店。)
        Optional<Optional<Region>> decided = decisions.decide(topicSentence.start(), Math.min(to, topicSentence.end()),
            p -> p == first.get() || p.region().level() != RegionLevel.LOCALITY
                || mayBeTopicLocality(p));
        Region topic = first.get().region();
        // a locality opening the paragraph stays its topic when the sentence only names a place it lies in after it
        // (武夷山国家公园…覆盖了武夷山国家公园福建片区)
        boolean within = topic.level() == RegionLevel.LOCALITY && decided.flatMap(d -> d)
            .filter(r -> !r.equals(topic) && topic.path().containsAll(r.path())).isPresent();
        return within ? Optional.of(Optional.of(topic)) : decided;
    }

    /**
     * Whether a locality may be its paragraph's topic: a named location; abroad, only a town written inside the division
     * it lies in (得克萨斯州埃尔金) and not gone to or come from: one written after its country alone is as often a
     * destination or a front (前往德国杜伊斯堡).
     */
    private boolean mayBeTopicLocality(PlaceMention p) {
        Region r = p.region();
        return Localities.isNamedLocation(r)
            && (!r.foreign() || r.path().size() > FOREIGN_DIVISION_DEPTH && !isGoneToOrComeFrom(p));
    }

    /**
     * Whether a place abroad is written after words of going or coming, or after its country written so (前往德国
     * 北莱茵-威斯特法伦州杜伊斯堡): the country of the clause counts when the place is written in it.
     */
    private boolean isGoneToOrComeFrom(PlaceMention place) {
        Span clause = spans.clauseAt(place.start());
        String country = place.region().path().get(0);
        int nameStart = named.mentions().stream()
            .filter(p -> p.start() >= clause.start() && p.end() <= place.start()
                && p.region().level() == RegionLevel.COUNTRY && p.region().name().equals(country))
            .mapToInt(PlaceMention::start).max().orElse(place.start());
        String before = text.substring(clause.start(), nameStart);
        return GOING_OR_COMING_MARKS.stream().anyMatch(before::endsWith);
    }

    /**
     * The places of [from, to) that may be a paragraph's topic: not a macro-region (东部地区), nor a source's below a
     * country (据青岛海关统计，; 乌克兰方面称，speaks of its own ground), nor where a journey
     * leaves from or for (中欧班列从重庆团结村开出，前往德国杜伊斯堡。至此，中欧班列累计开行突破10万列).
     */
    private List<PlaceMention> topicCandidates(int from, int to) {
        return named.subjects().stream().filter(p -> p.start() >= from && p.end() <= to
            && !MacroRegions.isMacroRegion(p.region()) && !journeyEnds.contains(p)
            && !(decisions.namesSource(p) && p.region().level() != RegionLevel.COUNTRY)).toList();
    }

    /**
     * The topic among the candidates: the first not in a firm's name (柳河新方谷农业发展有限公司 names where it was
     * registered; the paragraph says where it is), else the first.
     */
    private Optional<PlaceMention> topicOf(List<PlaceMention> candidates) {
        return candidates.stream().filter(p -> !OrganizationNames.begins(text, p)).findFirst()
            .or(() -> candidates.stream().findFirst());
    }

    Optional<PlaceMention> topicMention(int from, int to) {
        return topicOf(topicCandidates(from, to));
    }

    /**
     * The place of the last sentence after the topic's that opens a new scene (在北京，…。在重庆江津，樱花园里…。
     * 2025年，游客量预计…): a paragraph walking from place to place is about the scene it reached, not its first.
     */
    private Optional<Region> latestSceneAfter(Span topicSentence, List<PlaceMention> inScope) {
        for (int i = inScope.size() - 1; i >= 0 && inScope.get(i).start() >= topicSentence.end(); i--) {
            PlaceMention p = inScope.get(i);
            if (text.charAt(p.start() - 1) == PlaceContext.LOCATIVE && spans.sentenceAt(p.start()).start() == p.start() - 1) {
                Optional<PlaceMention> setting = settingFrom(p);
                if (setting.isPresent()) {
                    return Optional.of(setting.get().region());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The place a sentence's setting names, when the place at its start (after 在) begins one: the last of the run of
     * names before its comma (在重庆江津， → 江津).
     */
    Optional<PlaceMention> settingFrom(PlaceMention first) {
        PlaceMention last = first;
        for (PlaceMention next = named.subjectStartingAt(last.end()); next != null; next = named.subjectStartingAt(last.end())) {
            last = next;
        }
        return last.end() < text.length() && PlaceContext.SCENE_END.indexOf(text.charAt(last.end())) >= 0
            ? Optional.of(last) : Optional.empty();
    }
}
