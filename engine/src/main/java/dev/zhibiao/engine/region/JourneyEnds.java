package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ends and stops of the routes a post writes: the origins a departure follows (从重庆团结村开出), with the places
 * abroad the journey leaves for and those it passes in their sentence (，前往德国杜伊斯堡; 经阿拉山口出境). The
 * paragraph's later facts are not about them (中欧班列从重庆团结村开出，前往德国杜伊斯堡。至此，中欧班列累计开行突破10万列).
 */
final class JourneyEnds {
    /** The longest name of the place a journey leaves, with its site (重庆团结村站): the table knows no stations. */
    private static final int MAX_ORIGIN_NAME = 10;
    /**
     * A departure: 从, the place a journey leaves and a verb of leaving (从重庆团结村站开出, 从昆明出发). What 从 names then is
     * the journey's origin, not where the facts of the paragraph are (从…获悉 names the source of news, which often is; 从郑州
     * 起飞的航班 are the city's flights).
     */
    private static final Pattern DEPARTURE = Pattern.compile("从(\\p{IsHan}{1," + MAX_ORIGIN_NAME
        + "}?)(?:开出|出发|驶出|驶离|启程|始发|发车|起飞|启航|起航)(?!的)");
    /** How the name of a site a journey leaves ends (义乌西站, 成都国际铁路港, 浦东机场): no standpoint (从实际出发). */
    private static final String DEPARTURE_SITE_ENDS = "站港场";
    /** The last character of the words a departing journey's destination is written after (前往, 开往, 驶往, 飞往). */
    private static final char TOWARDS = '往';
    /** The last character of the words a departing journey's stop is written after (经, 途经). */
    private static final char VIA = '经';

    private JourneyEnds() {
    }

    /** The journeys' ends and stops among the subjects, by identity as the origins are. */
    static Set<PlaceMention> in(String text, DocumentSpans spans, NamedPlaces named, Set<PlaceMention> origins) {
        Set<PlaceMention> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Integer, List<Span>> departuresBySentence = new HashMap<>();
        int runStart = -1;
        int runEnd = -1;
        int towardsStart = -1;
        int towardsEnd = -1; // the clause's end: all of 前往德国北莱茵-威斯特法伦州杜伊斯堡 is where the journey goes
        for (PlaceMention p : named.subjects()) {
            runStart = p.start() == runEnd ? runStart : p.start();
            runEnd = p.end();
            if (p.start() == runStart && runStart >= towardsEnd && isStopOrDestinationAbroad(text, p)) {
                towardsStart = runStart;
                towardsEnd = spans.clauseAt(runStart).end();
            }
            boolean isOrigin = origins.contains(p);
            if (!isOrigin && p.start() >= towardsEnd) {
                continue; // most places: no sentence scanned for a departure
            }
            Span sentence = spans.sentenceAt(p.start());
            int runOpening = isOrigin ? runStart : towardsStart;
            // an origin right after its departure's 从; a stop or destination after the departure it goes on from
            if (departuresBySentence.computeIfAbsent(sentence.start(), start -> departuresIn(text, named, sentence)).stream()
                    .anyMatch(d -> isOrigin ? d.start() == runOpening - 1 : d.end() <= runOpening)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether a place opening a run of names is written as a stop (经阿拉山口出境) or a destination abroad (前往德国杜伊斯堡):
     * a destination at home is often where the story goes on (游客从上海出发，前往安徽黄山。景区今年接待游客…).
     */
    private static boolean isStopOrDestinationAbroad(String text, PlaceMention first) {
        char before = first.start() > 0 ? text.charAt(first.start() - 1) : ' ';
        return before == VIA || (before == TOWARDS && first.region().foreign());
    }

    /**
     * The departures a sentence writes ({@link #DEPARTURE}) from a place or a site: 从实际出发, 从群众需求出发 start from a
     * standpoint, and a stop after them (经省政府批准) is no journey's.
     */
    private static List<Span> departuresIn(String text, NamedPlaces named, Span sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = DEPARTURE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int originEnd = m.end(1);
            if (DEPARTURE_SITE_ENDS.indexOf(text.charAt(originEnd - 1)) >= 0 || named.namesPlaceIn(m.start(1), originEnd)) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }
}
