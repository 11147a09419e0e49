package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list item headed by a township written without its suffix (长寨：596套2470人…; 广顺：1382套…): the township of the
 * post's place that the head plus 镇, 乡 or 街道 names. Written anywhere else, such a short name is too often a word.
 */
final class ItemHeadPlaces {
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("镇", "乡", "街道");
    private static final String COLONS = "：:";
    private static final int MIN_HEAD = 2;
    private static final int MAX_HEAD = 4;
    /** Pairs of zeros ending a division's code (451022000000 → 451022). */
    private static final Pattern TRAILING_ZEROS = Pattern.compile("(00)+$");

    private ItemHeadPlaces() {
    }

    /** The mentions with the townships that head list items added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, Optional<Region> dominant, PlaceLexicon lexicon) {
        if (dominant.isEmpty() || dominant.get().foreign() || dominant.get().level().compareTo(RegionLevel.COUNTY) < 0) {
            return mentions; // in a province, many townships share a short name
        }
        List<PlaceMention> out = new ArrayList<>(mentions);
        for (int line = 0; line >= 0 && line < text.length(); line = nextLine(text, line)) {
            int start = line;
            int colon = headEnd(text, start);
            if (colon < 0 || mentions.stream().anyMatch(p -> p.start() == start)) {
                continue;
            }
            String head = text.substring(start, colon);
            township(head, dominant.get(), lexicon).ifPresent(r -> out.add(new PlaceMention(start, colon, head, r)));
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    private static int nextLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? -1 : newline + 1;
    }

    /** Where a short Han head followed by a colon ends at the start of a line, or -1. */
    private static int headEnd(String text, int start) {
        for (int i = start; i < Math.min(text.length(), start + MAX_HEAD + 1); i++) {
            char c = text.charAt(i);
            if (COLONS.indexOf(c) >= 0) {
                return i - start >= MIN_HEAD ? i : -1;
            }
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return -1;
            }
        }
        return -1;
    }

    private static Optional<Region> township(String head, Region within, PlaceLexicon lexicon) {
        String prefix = TRAILING_ZEROS.matcher(within.code()).replaceAll(""); // the digits its descendants share
        for (String suffix : TOWNSHIP_SUFFIXES) {
            String name = head + suffix;
            List<Region> found = lexicon.regionsNamed(name).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP && r.code().startsWith(prefix))
                .distinct().toList();
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }
}
