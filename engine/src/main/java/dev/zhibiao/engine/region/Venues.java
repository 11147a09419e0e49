package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a post says an event or a meeting was held (比赛在荷兰多德雷赫特落幕, 第五届中美友城大会在江苏苏州举行), and the
 * events it names after their hosts (巴黎奥运会): the place of results and of figures given at the meeting, which
 * name none of their own (中国队再夺一金, 大会期间，来自…的各界代表).
 */
final class Venues {
    /** Words of a race or a meeting held at a venue (比赛在荷兰多德雷赫特落幕): the sentence names where results were won. */
    private static final Pattern HELD_AT_VENUE = Pattern.compile(HeldEvents.HOLDING_VERBS + "|进行|比赛|赛事");

    private final String text;
    private final DocumentSpans spans;
    private final int titleEnd;
    private final NamedPlaces named;
    private final ComingFrom comingFrom;
    private final Attributions attributions;
    /** Per sentence start, the venue of an event or meeting it names or refers to ({@link #venueNamedOrReferredTo}). */
    private final Map<Integer, Optional<Region>> venuesBySentence = new HashMap<>();
    /** Events named after their hosts, by name ({@link #venueOfEventNamedIn}); built on first use. */
    private Map<String, Region> eventHosts;

    Venues(String text, DocumentSpans spans, int titleEnd, NamedPlaces named, ComingFrom comingFrom,
           Attributions attributions) {
        this.text = text;
        this.spans = spans;
        this.titleEnd = titleEnd;
        this.named = named;
        this.comingFrom = comingFrom;
        this.attributions = attributions;
    }

    /**
     * Whether the clause of a headline's amount names no place but the country a team stands for (中国队再夺一金): a
     * result won at the venue its item reports.
     */
    boolean competitorsResultAt(int offset) {
        Span clause = spans.clauseAt(offset);
        return onlyCompetitorsNamedIn(clause.start(), Math.min(offset, clause.end()));
    }

    /** Whether [from, to) names no place and only the country a team or competitor stands for (中国队, 中国选手). */
    private boolean onlyCompetitorsNamedIn(int from, int to) {
        List<Span> scopes = named.placeless().stream().filter(z -> z.start() >= from && z.end() <= to).toList();
        return !scopes.isEmpty() && scopes.stream().allMatch(z -> NationalScope.namesCompetitor(text, z))
            && named.subjects().stream().noneMatch(p -> p.start() >= from && p.end() <= to);
    }

    /** The venue of an event or a meeting the sentence names or refers to: the same for every amount of the sentence. */
    Optional<Region> venueNamedOrReferredTo(Span sentence) {
        return venuesBySentence.computeIfAbsent(sentence.start(),
            start -> venueOfEventNamedIn(sentence).or(() -> venueOfMeetingReferredTo(sentence)));
    }

    /**
     * The venue a sentence says an event was held at (比赛在荷兰多德雷赫特落幕), if it says one: the clause saying so when one
     * does (not the next stop of 下一站比赛将在加拿大卡尔加里进行 after it), else the sentence's last place after 在.
     */
    Optional<Region> venueHeldIn(Span sentence) {
        if (!HELD_AT_VENUE.matcher(text).region(sentence.start(), sentence.end()).find()) {
            return Optional.empty();
        }
        return venueOf(sentence);
    }

    /** Where a span says an event was held (see {@link #venueOfEventHeldIn}), else its last place after 在. */
    Optional<Region> venueOf(Span span) {
        Optional<Region> held = venueOfEventHeldIn(span);
        return held.isPresent() ? held : venueIn(span);
    }

    /**
     * The place of the first clause of a sentence saying an event was held there (比赛在荷兰多德雷赫特落幕，下一站比赛将在
     * 加拿大卡尔加里进行 → 多德雷赫特), if one says so: a headline's result lies at the venue only when its item says the event
     * was held there, not where the team trained or met the press.
     */
    Optional<Region> venueOfEventHeldIn(Span sentence) {
        for (PlaceMention p : named.subjects()) {
            if (p.start() > sentence.start() && p.end() <= sentence.end()
                    && text.charAt(p.start() - 1) == PlaceContext.LOCATIVE) {
                Span clause = spans.clauseAt(p.start());
                int venueEnd = HeldEvents.venueEndAt(text, clause.start(), p.start() - 1, p.end(), clause.end());
                if (venueEnd >= 0) {
                    // the names written with the place up to the verb (荷兰多德雷赫特), not one read into the verb
                    PlaceMention last = named.lastOfRunWithin(p);
                    return Optional.of((last.end() <= venueEnd ? last : p).region());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The last place a span names right after 在 (在西海岸新区开幕), if any; not a front (在波克罗夫斯克方向击退…), where
     * one clash was, not the story.
     */
    Optional<Region> venueIn(Span span) {
        return named.subjects().stream()
            .filter(p -> p.start() > span.start() && p.end() <= span.end() && text.charAt(p.start() - 1) == PlaceContext.LOCATIVE
                && !ForeignBareNames.namesFront(text, p))
            .reduce((first, second) -> second).map(PlaceMention::region);
    }

    /**
     * Where the meeting a sentence opens on (大会期间，来自…的各界代表) was said held, in its paragraph or the one before
     * (第五届中美友城大会在江苏苏州举行 → 苏州): the last such venue before the sentence, if any.
     */
    private Optional<Region> venueOfMeetingReferredTo(Span sentence) {
        if (!MeetingReferences.opensWithReference(text, sentence.start())
                || PlaceContext.CENTRAL_AUTHORITY.matcher(text).region(sentence.start(), sentence.end()).find()
                || attributions.reportsWordsIn(sentence)) {
            // 会上，国务院总理作政府工作报告说，去年经济增长5.2%: what is said at a meeting, or the central authorities'
            // figures, lie where the words say, not at the venue
            return Optional.empty();
        }
        // a sentence naming a place or the nation (论坛上，专家介绍，全国制造业增加值增长5%) says where its facts are,
        // unless only as where people came from (来自中国10多个省区市…的各界代表)
        if (named.namesPlaceOrScopeIn(sentence, p -> !comingFrom.holds(p.start(), p.end()),
                z -> !comingFrom.holds(z.start(), z.end()))) {
            return Optional.empty();
        }
        Span paragraph = spans.paragraphAt(sentence.start());
        int from = spans.paragraphBefore(paragraph).filter(before -> before.start() >= titleEnd)
            .map(Span::start).orElse(paragraph.start());
        Optional<Region> venue = Optional.empty();
        for (PlaceMention p : named.subjectsStartingIn(from, sentence.start())) {
            if (p.start() > from && p.end() <= sentence.start() && text.charAt(p.start() - 1) == PlaceContext.LOCATIVE) {
                PlaceMention last = named.lastOfRunWithin(p);
                Span clause = spans.clauseAt(p.start());
                if (MeetingReferences.heldAt(text, clause.start(), p.start() - 1, last.end(), clause.end())) {
                    venue = Optional.of(last.region());
                }
            }
        }
        return venue;
    }

    /**
     * The host of an event the sentence names, when the post names the event after its host somewhere (巴黎奥运会 …
     * 女子曲棍球决赛，中国队时隔16年再次收获一枚银牌，追平奥运会历史最佳战绩 → 巴黎): the event's results are the host's.
     * Only for a sentence that names no place and no national scope but the country a team stands for (中国体育代表团).
     */
    private Optional<Region> venueOfEventNamedIn(Span sentence) {
        if (named.namesPlaceOrScopeIn(sentence, p -> true, z -> !NationalScope.namesCompetitor(text, z))) {
            return Optional.empty();
        }
        if (eventHosts == null) {
            Map<String, Region> hosts = new LinkedHashMap<>(); // in text order: the first event a sentence names decides
            for (PlaceMention p : named.subjects()) {
                if (p.region().level() != RegionLevel.COUNTRY) {
                    EventNames.hostedAfter(text, p.end()).ifPresent(event -> hosts.putIfAbsent(event, p.region()));
                }
            }
            eventHosts = hosts;
        }
        String words = text.substring(sentence.start(), sentence.end());
        return eventHosts.entrySet().stream().filter(e -> words.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
