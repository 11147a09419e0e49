package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.ListItemMarks;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sections of a profile of several places, each headed by a paragraph that is only a division's name (伊克乌兰乡;
 * 一、哈尔盖镇; （二）泉吉乡概况; 石门村简介): the section, up to the next headline, profiles that place, so its
 * figures are that place's where their own sentences name no other, and its 全乡 or 该乡 points at it. A short line
 * naming a place inside a story (a dateline, a caption) heads nothing: only the name, a numbering and a profile word
 * may stand in the heading, and profile text (a paragraph that is no headline) must follow it.
 */
final class SectionHeadings {
    /** Words a profile's heading may end with after the place's name (泉吉乡概况, 石门村简介). */
    private static final Pattern PROFILE_WORDS = Pattern.compile("(?:概况|简介|基本情况|简况)$");
    /** A name short of its level word opening the profile is this long at least (孝义 of 孝义市, not 兴 of 兴县). */
    private static final int MIN_STEM = 2;
    /**
     * Verbs a profile opens with, leaving out the place it profiles (位于县境中部): {@link PlaceContext}'s, and 坐落 of a
     * paragraph's opening.
     */
    private static final List<String> SITUATING_VERBS =
        Stream.concat(PlaceContext.SUBJECTLESS_SITUATING_VERBS.stream(), Stream.of("坐落")).toList();
    /** Markup the body kept around a heading line's words (**临县**, # 临县), besides blanks. */
    private static final String MARKUP = "*#";

    /** A story told in parts under headlines opening with their places (广东加快…, 内蒙古推进…) names two places at least. */
    private static final int MIN_STORY_PARTS = 2;

    private final List<Span> sections;
    private final List<Region> places;
    private final List<Span> storyParts;
    private final List<Region> storyPlaces;

    private SectionHeadings(List<Span> sections, List<Region> places, List<Span> storyParts, List<Region> storyPlaces) {
        this.sections = sections;
        this.places = places;
        this.storyParts = storyParts;
        this.storyPlaces = storyPlaces;
    }

    /** The sections of the body (after the title) headed by a division's name alone. */
    static SectionHeadings in(String text, DocumentSpans spans, int titleEnd, List<PlaceMention> mentions) {
        List<Span> sections = new ArrayList<>();
        List<Region> places = new ArrayList<>();
        List<Span> storyParts = new ArrayList<>();
        List<Region> storyPlaces = new ArrayList<>();
        List<Span> paragraphs = spans.paragraphs();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Span heading = paragraphs.get(i);
            if (heading.start() < titleEnd || !spans.isHeadline(heading) || spans.isHeadline(paragraphs.get(i + 1))) {
                continue;
            }
            Span first = paragraphs.get(i + 1);
            Optional<Region> place = placeHeading(text, heading, mentions)
                .filter(named -> opensProfile(text, spans, first, named, mentions));
            Optional<Region> storyPlace = place.isPresent() ? Optional.empty()
                : storyPartHeading(text, heading, mentions).filter(named -> namedIn(first, named, mentions));
            if (place.isPresent() || storyPlace.isPresent()) {
                int end = i + 1;
                while (end < paragraphs.size() && !spans.isHeadline(paragraphs.get(end))) {
                    end++;
                }
                int sectionEnd = end < paragraphs.size() ? paragraphs.get(end).start() : text.length();
                Span section = new Span(first.start(), sectionEnd);
                if (place.isPresent()) {
                    sections.add(section);
                    places.add(place.get());
                } else {
                    storyParts.add(section);
                    storyPlaces.add(storyPlace.get());
                }
            }
        }
        boolean toldInParts = storyPlaces.stream().distinct().count() >= MIN_STORY_PARTS;
        return new SectionHeadings(List.copyOf(sections), List.copyOf(places),
            toldInParts ? List.copyOf(storyParts) : List.of(), toldInParts ? List.copyOf(storyPlaces) : List.of());
    }

    /**
     * The division a headline of a story's part opens with (**广东加快构建…体系**): a mention right at its start, a
     * domestic division below the country.
     */
    private static Optional<Region> storyPartHeading(String text, Span heading, List<PlaceMention> mentions) {
        int start = heading.start();
        while (start < heading.end() && isBlankOrMarkup(text.charAt(start))) {
            start++;
        }
        int nameStart = start;
        return mentions.stream()
            .filter(p -> p.start() == nameStart && p.end() < heading.end() && isDomesticDivision(p))
            .map(PlaceMention::region).findFirst();
    }

    /** Whether the paragraph names the place (近日，广东启动…): a bulletin item's headline place often is not (北京举行…). */
    private static boolean namedIn(Span paragraph, Region place, List<PlaceMention> mentions) {
        return mentions.stream().anyMatch(p -> paragraph.contains(p.start()) && p.region().equals(place));
    }

    private static boolean isDomesticDivision(PlaceMention p) {
        return !p.region().foreign() && p.region().level() != RegionLevel.COUNTRY
            && p.region().level() != RegionLevel.LOCALITY && !BackReferences.isReference(p);
    }

    /**
     * The division a heading line names and nothing else but a numbering (一、, （二）) and a profile word (概况): one
     * mention spanning the name, a domestic division below the country.
     */
    private static Optional<Region> placeHeading(String text, Span heading, List<PlaceMention> mentions) {
        int start = heading.start();
        int end = heading.end();
        while (start < end && isBlankOrMarkup(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlankOrMarkup(text.charAt(end - 1))) {
            end--;
        }
        Matcher numbering = ListItemMarks.OPENING.matcher(text).region(start, end);
        if (numbering.lookingAt()) {
            start = numbering.end();
        }
        Matcher profile = PROFILE_WORDS.matcher(text).region(start, end);
        if (profile.find()) {
            end = profile.start();
        }
        int nameStart = start;
        int nameEnd = end;
        return mentions.stream()
            .filter(p -> p.start() == nameStart && p.end() == nameEnd && isDomesticDivision(p))
            .map(PlaceMention::region).findFirst();
    }

    private static boolean isBlankOrMarkup(char c) {
        return MARKUP.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    /**
     * Whether the paragraph is profile text of the place: its first clause names the place (哈尔盖镇是…, 吕梁市离石区地处…),
     * or it opens with the name short of its level word (伊克乌兰系蒙语, 孝义位于…) or with the place left out (位于县境中部).
     * A story's paragraph after a caption or a dateline goes on about other things.
     */
    private static boolean opensProfile(String text, DocumentSpans spans, Span paragraph, Region place,
                                        List<PlaceMention> mentions) {
        int at = paragraph.start(); // a paragraph starts with no blank (Segmenter trims it)
        int clauseEnd = spans.clauseAt(at).end();
        String name = place.name();
        String stem = name.substring(0, name.length() - 1);
        if (text.startsWith(stem + PlaceLexicon.TIME_ZONE, at) || text.startsWith(name + PlaceLexicon.TIME_ZONE, at)) {
            return false; // 北京时间3月5日: a dateline's clock, not a profile of 北京
        }
        return mentions.stream().anyMatch(p -> p.start() >= at && p.end() <= clauseEnd && p.region().equals(place))
            || stem.length() >= MIN_STEM && text.startsWith(stem, at)
            || SITUATING_VERBS.stream().anyMatch(verb -> text.startsWith(verb, at));
    }

    /** The place whose section holds the offset, if a heading names one. */
    Optional<Region> placeAt(int offset) {
        return placeOfPartAt(sections, places, offset);
    }

    /**
     * The place of the story's part that holds the offset, in a story told in parts of two places or more under
     * headlines opening with them (广东加快…体系 / 内蒙古推进…发展): a paragraph of the part naming no place is that part's.
     */
    Optional<Region> storyPartPlaceAt(int offset) {
        return placeOfPartAt(storyParts, storyPlaces, offset);
    }

    private static Optional<Region> placeOfPartAt(List<Span> parts, List<Region> partPlaces, int offset) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).contains(offset)) {
                return Optional.of(partPlaces.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether no heading names a place: most posts. */
    boolean isEmpty() {
        return sections.isEmpty();
    }
}
