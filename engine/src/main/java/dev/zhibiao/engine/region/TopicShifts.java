package dev.zhibiao.engine.region;

import dev.zhibiao.engine.quantity.ListedPlaceCounts;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.ListItemMarks;
import dev.zhibiao.engine.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a paragraph has gone from its topic by a sentence: into a part of it (柳河镇…里仁村大力发展草莓产业。2020年每栋
 * 草莓大棚收入13万元以上 → 里仁村), to one member of the list it opened with (杭州和武汉…。其中杭州…), or over to the nation
 * (大会在瑞士日内瓦举行。中国代表表示，中国积极开展全球卫生合作。…). Each depends on the sentence only: its quantities share
 * one answer, found once.
 */
final class TopicShifts {
    /**
     * Words of a total or a state reached (截至目前，已累计收购粮食2000万吨; 全省共…): a sentence summing up after a scene
     * (在哈尔滨，粮库门前排起长队) is the topic's, not the scene's, which it gave an example of.
     */
    private static final Pattern SUMMING_UP = Pattern.compile("累计|截至|截止|全省|全市|全县|全区|全国|共计|合计|总计");

    private final String text;
    private final DocumentSpans spans;
    private final NamedPlaces named;
    private final ScopeDecisions decisions;
    private final Topics topics;
    private final Venues venues;
    /** Per sentence start, the place the paragraph moved into before it ({@link #placeMovedInto}). */
    private final Map<Integer, Optional<Region>> placesMovedInto = new HashMap<>();
    /** Per sentence start, whether its paragraph turned national before it ({@link #turnedNationalBefore}). */
    private final Map<Integer, Boolean> turnedNational = new HashMap<>();
    /** Per sentence start, the member of its paragraph's opening list singled out before it. */
    private final Map<Integer, Optional<Region>> membersSingledOut = new HashMap<>();

    TopicShifts(String text, DocumentSpans spans, NamedPlaces named, ScopeDecisions decisions, Topics topics,
                Venues venues) {
        this.text = text;
        this.spans = spans;
        this.named = named;
        this.decisions = decisions;
        this.topics = topics;
        this.venues = venues;
    }

    /**
     * The paragraph's topic, or the place the nearest earlier sentence of the paragraph naming one names when that lies
     * within the topic (柳河镇…里仁村大力发展草莓产业。2020年每栋草莓大棚收入13万元以上 → 里仁村): the story has moved
     * into a part of its topic; or when that sentence opens with it as its subject and it is a place of the topic's kind
     * apart from it (山西多地积雪深度超10厘米。陕西大部地区持续雨雪。…12条过境高速54个收费站入口封闭 → 陕西): the story
     * has moved on to it.
     */
    Region narrowedByEarlierSentence(Region topic, Span paragraph, Span sentence) {
        // the place depends on the sentence only: its quantities share one answer
        return placesMovedInto.computeIfAbsent(sentence.start(), start -> placeMovedInto(paragraph, sentence))
            .filter(place -> NamedPlaces.within(topic, place) || movedOnFrom(topic, place, paragraph, sentence))
            .orElse(topic);
    }

    private boolean movedOnFrom(Region topic, Region place, Span paragraph, Span sentence) {
        if (place.level() != topic.level() || place.foreign() != topic.foreign()
                || PlaceDisambiguator.related(topic, place)) {
            return false;
        }
        return topics.topicMention(paragraph.start(), sentence.start())
            .flatMap(topicAt -> nearestNamingSentenceAfter(spans.sentenceAt(topicAt.start()), sentence))
            .map(latest -> named.subjectStartingAt(latest.start()))
            .filter(opening -> opening.region().equals(place)).isPresent();
    }

    /**
     * The place the nearest sentence naming one after the topic's and before this one names, unless it names places
     * apart (长春市农户来到里仁村) or opens with a scene (在哈尔滨，粮库门前排起长队: an example of the topic, see
     * {@link Topics#decideByTopic}) that this sentence sums up after (截至目前，已累计收购…) — a story going on at the
     * scene (在荆门沙洋县纪山镇，…老人被困家中。经过一个多小时的救援…) stays there; else, in the topic's own sentence, which made the topic as specific as it is
     * (镇内建有柳河镇湿地公园 is no topic), where it says the thing happened (青岛国际啤酒节在西海岸新区开幕).
     */
    private Optional<Region> placeMovedInto(Span paragraph, Span sentence) {
        Optional<PlaceMention> topic = topics.topicMention(paragraph.start(), sentence.start());
        if (topic.isEmpty() || ListItemMarks.OPENING.matcher(text).region(sentence.start(), sentence.end()).lookingAt()) {
            return Optional.empty(); // an item of a list (一是…。二是…) is about a thing of its own
        }
        Span topicSentence = spans.sentenceAt(topic.get().start());
        Optional<Span> naming = nearestNamingSentenceAfter(topicSentence, sentence);
        if (naming.isPresent()) {
            Span latest = naming.get();
            return decisions.decide(latest.start(), latest.end()).flatMap(place -> place)
                .filter(place -> namesOnePath(latest, place)
                    && (text.charAt(latest.start()) != PlaceContext.LOCATIVE || !SUMMING_UP.matcher(text).region(sentence.start(), sentence.end()).find()));
        }
        return venues.venueOf(topicSentence);
    }

    /**
     * The one place of a list opening the paragraph (杭州和武汉上半年GDP均超过8000亿元) that a later sentence before this
     * one singles out (其中杭州…增长12.7%；两年平均增长7.0%): the list's places lie in no one place, its member does.
     */
    Optional<Region> memberSingledOut(Span paragraph, Span sentence) {
        return membersSingledOut.computeIfAbsent(sentence.start(),
            start -> memberSingledOutAfterListTopic(paragraph, sentence));
    }

    private Optional<Region> memberSingledOutAfterListTopic(Span paragraph, Span sentence) {
        Optional<PlaceMention> topic = topics.topicMention(paragraph.start(), sentence.start());
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        List<Region> listed = listStartingWith(topic.get());
        if (listed.size() < 2) {
            return Optional.empty();
        }
        Span topicSentence = spans.sentenceAt(topic.get().start());
        int singledOut = nearestNamingSentenceAfter(topicSentence, sentence).map(Span::start).orElse(topicSentence.end());
        if (ListedPlaceCounts.countsPlacesIn(text, singledOut, sentence.end())) {
            return Optional.empty(); // 其中杭州…。两市GDP合计…: the story is back on the whole list, which lies in no one place
        }
        return placesMovedInto.computeIfAbsent(sentence.start(), start -> placeMovedInto(paragraph, sentence))
            .filter(place -> listed.stream().anyMatch(member -> member.equals(place) || NamedPlaces.within(member, place)));
    }

    /** The places of the list of names joined by 、和及与 that opens with {@code first}, first included. */
    private List<Region> listStartingWith(PlaceMention first) {
        List<Region> listed = new ArrayList<>(List.of(first.region()));
        PlaceMention last = first;
        for (PlaceMention next = named.subjectStartingAt(last.end() + 1); next != null && named.joinedAsList(last, next);
             next = named.subjectStartingAt(last.end() + 1)) {
            listed.add(next.region());
            last = next;
        }
        return listed;
    }

    /** The nearest sentence after the topic's and before this one that names a place or a national scope, if any. */
    private Optional<Span> nearestNamingSentenceAfter(Span topicSentence, Span sentence) {
        List<Span> earlier = spans.sentencesIn(new Span(topicSentence.start(), sentence.start()));
        for (int i = earlier.size() - 1; i > 0; i--) {
            Span naming = earlier.get(i);
            if (decisions.decide(naming.start(), naming.end()).isPresent()) {
                return Optional.of(naming);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the paragraph turned national after its topic: the topic is only where an event was held, and the nearest
     * sentence naming a place or scope since the topic's names only a national scope, as a clause's subject (大会在瑞士
     * 日内瓦举行。中国代表表示，中国积极开展全球卫生合作。60多年来，累计向77个国家派遣…). What follows it with no place
     * of its own is the nation's, unless it points back at the meeting. A topic the story is about (哈尔滨市冰雪旅游持续火爆。全国各地游客纷至沓来。累计接待游客
     * 304万人次) keeps its facts past a national aside; a scope inside a clause (这一做法在全国推广), compared with
     * (高于全国) or naming a body (中国作家协会主席出席) turns nothing.
     */
    boolean turnedNationalBefore(Span paragraph, Span sentence) {
        return turnedNational.computeIfAbsent(sentence.start(), start -> {
            Optional<PlaceMention> topic = topics.topicMention(paragraph.start(), sentence.start());
            if (topic.isEmpty()) {
                return false;
            }
            Span topicSentence = spans.sentenceAt(topic.get().start());
            if (venues.venueHeldIn(topicSentence).isEmpty() || MeetingReferences.pointsAt(text, sentence.start(), sentence.end())) {
                return false; // a story's own place, or the meeting's own figures (本届服贸会共有2000余家企业参展)
            }
            return nearestNamingSentenceAfter(topicSentence, sentence)
                .filter(naming -> decisions.decide(naming.start(), naming.end()).filter(Optional::isEmpty).isPresent()
                    && named.placeless().stream().anyMatch(z -> z.start() >= naming.start() && z.end() <= naming.end()
                        && spans.clauseAt(z.start()).start() == z.start() && NationalScope.nationAsSubjectAt(text, z.start())))
                .isPresent();
        });
    }

    /**
     * Whether the places a span names lie each in the other (里仁村, 柳河镇), or in the place it says (主要分布在凉水镇平安堡村、
     * 平岗村: the town and its villages): none stands apart from the rest.
     */
    private boolean namesOnePath(Span span, Region place) {
        List<Region> inSpan = named.subjects().stream().filter(p -> p.start() >= span.start() && p.end() <= span.end())
            .map(PlaceMention::region).distinct().toList();
        if (inSpan.stream().allMatch(r -> r.equals(place) || NamedPlaces.within(place, r))) {
            return true;
        }
        for (int i = 0; i < inSpan.size(); i++) {
            for (int j = i + 1; j < inSpan.size(); j++) {
                if (!NamedPlaces.within(inSpan.get(i), inSpan.get(j)) && !NamedPlaces.within(inSpan.get(j), inSpan.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}
