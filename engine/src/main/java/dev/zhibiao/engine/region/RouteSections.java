package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of a route the post names (连云港至淮安段, 京杭大运河苏南段): sites of their own, whose figures are the
 * stretch's, not a place's at one end.
 */
final class RouteSections {
    /** A stretch of a route (连云港至淮安段, 京杭大运河苏南段): 段 after its ends or after the route and a name. */
    private static final String SECTION = "段";
    private static final String SECTION_TO = "至到";
    /**
     * A route a stretch is named after by a place or region (京杭大运河苏南段, 京杭大运河无锡段), the route's name before
     * it; not 河段 or 路段 alone, which are common nouns.
     */
    private static final Pattern ROUTE_SECTION = Pattern.compile("(?:运河|铁路|高速公路|管道)(\\p{IsHan}{2,3}?)" + SECTION);
    /** Characters making a common noun with 段 (路段, 阶段, 时段, 河段, 标段): no stretch's name ends in them. */
    private static final String NOT_BEFORE_SECTION = "路阶时手区河江地工标片";
    /** Characters of a route's name before its kind (京杭大 of 京杭大运河), written after a mark or a preposition. */
    private static final int MAX_ROUTE_NAME = 4;
    /**
     * Characters of the word a route's name follows inside a run of words (工程 of 标志性工程黄百铁路), and the fewest of
     * the name (黄百).
     */
    private static final int ROUTE_WORD = 2;
    /**
     * Classes of route written between its name and its kind (京沪高速铁路, 京津城际铁路): alone they name none (城际铁路江苏段,
     * 普速铁路, 市域铁路, 重载铁路).
     */
    private static final Pattern ROUTE_CLASS_AT_END = Pattern.compile("(?:城际|普速|市域|重载|高速|快速)+$");

    private RouteSections() {
    }

    /**
     * Stretches of a route the post names (连云港至仪征原油管道工程连云港至淮安段成功投产。该段全长143.8公里; 京杭大运河苏南段
     * 全长212.2公里): a site of its own, as its figures are the stretch's, not a place's at one end. Between two places it
     * lies in the deepest place holding both; after a route, in the place its name holds, else where the context places
     * it.
     */
    static List<PlaceMention> find(String text, Supplier<PlaceContext> context, PlaceLexicon lexicon,
                                   List<PlaceMention> mentions, List<PlaceMention> found) {
        if (!text.contains(SECTION)) {
            return List.of();
        }
        List<PlaceMention> out = new ArrayList<>();
        List<PlaceMention> places = mentions.stream().filter(p -> !BackReferences.isReference(p)).toList();
        for (int i = 0; i + 1 < places.size(); i++) {
            PlaceMention from = places.get(i);
            PlaceMention to = places.get(i + 1);
            if (to.start() != from.end() + 1 || SECTION_TO.indexOf(text.charAt(from.end())) < 0
                    || !text.startsWith(SECTION, to.end())
                    || Localities.overlaps(found, from.start(), to.end() + 1, null)) {
                continue;
            }
            Optional<Region> container = context.get().commonAncestorOf(from.region(), to.region());
            container.ifPresent(r -> out.add(new PlaceMention(from.start(), to.end() + 1,
                text.substring(from.start(), to.end() + 1),
                Localities.locality(r, text.substring(from.start(), to.end() + 1)))));
        }
        Matcher m = ROUTE_SECTION.matcher(text);
        while (m.find()) {
            int from = routeNameStart(text, m.start(), lexicon);
            int end = m.end();
            if (from < 0 || NOT_BEFORE_SECTION.indexOf(text.charAt(end - SECTION.length() - 1)) >= 0
                    || Localities.overlaps(found, from, end, null) || Localities.overlaps(out, from, end, null)
                    || ProperNames.GENERIC.matcher(text.substring(from, end)).find()) {
                continue;
            }
            // named by a place (京杭大运河无锡段), it lies there; by a region (苏南段), in the province or country around
            Optional<Region> container = places.stream().filter(p -> p.start() >= m.start(1) && p.end() <= m.end(1))
                .map(PlaceMention::region).findFirst()
                .or(() -> LocalityContainers.containerAt(context.get(), from)
                    .flatMap(r -> lexicon.regionsNamed(r.path().get(0)).stream()
                        .filter(top -> top.level().compareTo(RegionLevel.PROVINCE) <= 0).findFirst()));
            String name = text.substring(from, end);
            container.ifPresent(r -> out.add(new PlaceMention(from, end, name, Localities.locality(r, name))));
        }
        return out;
    }

    /**
     * Where a route's name starts before its kind word at {@code kindStart} (京杭大 of 京杭大运河): the fewest characters
     * written after a mark or preposition, else after a word of the dictionary that the name, holding no such word
     * ({@link #isRouteName}), follows (黄百 of 标志性工程黄百铁路, 京沪高速 of 重点工程京沪高速铁路, not 新开工 of
     * 今年新开工高速公路); -1 when it runs on from other words or the words from the start are no route's name.
     */
    private static int routeNameStart(String text, int kindStart, PlaceLexicon lexicon) {
        int lowest = Math.max(0, kindStart - MAX_ROUTE_NAME);
        for (int start = kindStart - 1; start >= lowest; start--) {
            if (!ProperNames.isNameCharacter(text.charAt(start))) {
                return -1;
            }
            if (start == 0 || !ProperNames.isNameCharacter(text.charAt(start - 1))
                    || ProperNames.PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0) {
                return isRouteName(text.substring(start, kindStart), lexicon) ? start : -1;
            }
        }
        for (int start = kindStart - ROUTE_WORD; start >= Math.max(ROUTE_WORD, lowest); start--) {
            if (DictionaryWords.isWord(text.substring(start - ROUTE_WORD, start))
                    && isRouteName(text.substring(start, kindStart), lexicon)) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Whether the words before a route's kind are its name (黄百, 沪昆, 京沪高速 of 京沪高速铁路): no common word (新开工)
     * once its class (高速, 城际) is cut, and not the class alone (城际铁路江苏段).
     */
    private static boolean isRouteName(String words, PlaceLexicon lexicon) {
        String name = ROUTE_CLASS_AT_END.matcher(words).replaceFirst("");
        return !name.isEmpty() && !ProperNames.holdsCommonWord(name, lexicon);
    }
}
