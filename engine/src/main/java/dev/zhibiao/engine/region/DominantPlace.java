package dev.zhibiao.engine.region;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.Span;

/**
 * The place a post is about as a whole, for facts no nearer place governs: the dateline (本报田东讯), else the title's
 * place (narrowed to the body's main place if that lies inside it), else the place that most of the post's mentions
 * fall under.
 */
final class DominantPlace {
    private static final Pattern DATELINE = Pattern.compile("本报(\\S{2,8}?)讯");
    /** Share of all place mentions (national ones included) that the main place of the body must cover. */
    private static final double MAIN_PLACE_SHARE = 0.6;

    private DominantPlace() {
    }

    static Optional<Region> of(String text, int titleEnd, List<PlaceMention> mentions, List<Span> national) {
        Optional<Region> dateline = dateline(text, mentions);
        if (dateline.isPresent()) {
            return dateline;
        }
        Optional<Region> main = mainPlace(mentions, national.size());
        Optional<Region> title = titlePlace(titleEnd, mentions, national);
        if (title.isPresent()) {
            return main.filter(m -> covers(title.get(), m))
                .or(() -> title);
        }
        return main;
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

    /** The deepest place that covers (is or contains) most of the mentions. */
    private static Optional<Region> mainPlace(List<PlaceMention> mentions, int nationalMentions) {
        int total = mentions.size() + nationalMentions;
        Region best = null;
        for (PlaceMention candidate : mentions) {
            Region r = candidate.region();
            long covered = mentions.stream().filter(p -> covers(r, p.region())).count();
            if (covered >= 2 && covered >= MAIN_PLACE_SHARE * total
                && (best == null || r.level().compareTo(best.level()) > 0)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean covers(Region outer, Region inner) {
        if (outer.level() == RegionLevel.COUNTRY || inner.level() == RegionLevel.COUNTRY) {
            return outer.equals(inner);
        }
        return inner.code().startsWith(outer.code());
    }
}
