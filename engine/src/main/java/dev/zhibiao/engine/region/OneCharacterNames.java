package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.LeadingScan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Places written by one character in a context that makes it a name (在京开幕, 美股): group 1 of a pattern is the
 * character, and the caller decides from the match which place it names, if any.
 */
final class OneCharacterNames {
    private OneCharacterNames() {
    }

    /** The mentions with a mention added for each match whose place {@code placeOf} gives, in text order. */
    static List<PlaceMention> added(String text, List<PlaceMention> mentions, LeadingScan names,
            Function<MatchResult, Optional<Region>> placeOf) {
        Matcher m = names.matcher(text);
        List<PlaceMention> out = new ArrayList<>(mentions);
        for (int from = 0; names.find(m, text, from); from = LeadingScan.after(m)) {
            int at = m.start(1);
            String written = m.group(1);
            placeOf.apply(m).ifPresent(place -> out.add(new PlaceMention(at, at + written.length(), written, place)));
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }
}
