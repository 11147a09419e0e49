package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Decides which place each name match denotes, using the other places of the same document as evidence: of the many
 * 四平村 in the country, the one under 平马镇 in a text that also names 平马镇, 田东县 and 百色 is meant. Names that stay
 * ambiguous, or that are too short or too common to trust without support, are dropped: no region beats a wrong one.
 * Of overlapping resolved matches the longest wins.
 */
final class PlaceDisambiguator {
    /** Short forms of prefectures that are also everyday words (三明治, 大理石, 来宾); they need support in the text. */
    private static final Set<String> COMMON_WORD_SHORT_FORMS = Set.of(
        "来宾", "安康", "大同", "白银", "阿里", "长治", "日照", "普洱", "朝阳", "开封", "黄山", "中山", "安顺", "大理",
        "文山", "红河", "金华", "海东", "海西", "海北", "兴安", "玉树", "白山", "三明", "太平", "新华", "永安", "和平");
    /** Words after a county short form that make it a county (本报田东讯, 田东县委, 田东全县). */
    private static final List<String> COUNTY_SUFFIX_WORDS = List.of("讯", "县委", "县政府", "县人民", "全县");
    /** Official township and village names this long are trusted when they are unique in the country. */
    private static final int SELF_EVIDENT_NAME_LENGTH = 4;

    List<PlaceMention> resolve(String text, List<NameMatch> matches) {
        List<NameMatch> evidence = matches.stream().filter(PlaceDisambiguator::isEvidence).toList();
        List<Resolved> resolved = new ArrayList<>();
        for (NameMatch match : matches) {
            Region region = choose(text, match, evidence, resolvedBefore(resolved, match));
            if (region != null) {
                resolved.add(new Resolved(match, region));
            }
        }
        return longestWithoutOverlap(resolved);
    }

    private record Resolved(NameMatch match, Region region) {
    }

    /** Matches that can support others: names of the upper levels, and official names of three characters or more. */
    private static boolean isEvidence(NameMatch match) {
        return match.length() >= 3 || match.candidates().stream().anyMatch(c -> c.region().level().compareTo(RegionLevel.COUNTY) < 0);
    }

    private Region choose(String text, NameMatch match, List<NameMatch> evidence, Resolved justBefore) {
        List<PlaceCandidate> best = new ArrayList<>();
        double bestSupport = -1;
        for (PlaceCandidate candidate : match.candidates()) {
            double support = support(candidate.region(), match, evidence);
            if (support > bestSupport + 1e-9) {
                best.clear();
                bestSupport = support;
            }
            if (Math.abs(support - bestSupport) <= 1e-9) {
                best.add(candidate);
            }
        }
        PlaceCandidate chosen = highestLevelIfUnique(best);
        if (chosen == null) {
            return null;
        }
        boolean supported = bestSupport > 0;
        boolean unique = match.candidates().size() == 1;
        Region region = chosen.region();
        if (region.level().compareTo(RegionLevel.COUNTY) > 0 && isQuotedAlone(text, match)) {
            return null;
        }
        boolean accepted = switch (region.level()) {
            case COUNTRY -> true;
            case PROVINCE, PREFECTURE -> !chosen.shortForm() || supported || !COMMON_WORD_SHORT_FORMS.contains(match.surface());
            case COUNTY -> chosen.shortForm()
                ? namedInFull(region, match, evidence) || followedByCountyWord(text, match.end())
                    || isParentRightBefore(justBefore, match, region) || isDistinctive(match, supported, unique)
                : (supported || unique) && (supported || match.length() >= 3);
            case TOWNSHIP, VILLAGE -> (supported || unique && match.length() >= SELF_EVIDENT_NAME_LENGTH)
                && (match.length() >= 3 || isParentRightBefore(justBefore, match, region));
        };
        return accepted ? region : null;
    }

    /**
     * How strongly the other names of the document point at this candidate: each other match related to it (an
     * ancestor, a descendant, or the same place under another name) adds its share. Townships and villages take
     * support only from prefectures and below, as a province alone leaves too many namesakes.
     */
    private static double support(Region candidate, NameMatch self, List<NameMatch> evidence) {
        RegionLevel weakest = candidate.level().compareTo(RegionLevel.TOWNSHIP) >= 0 ? RegionLevel.PREFECTURE : RegionLevel.PROVINCE;
        double support = 0;
        for (NameMatch other : evidence) {
            if (other.overlaps(self) || other.surface().equals(self.surface())) {
                continue;
            }
            int related = 0;
            for (PlaceCandidate c : other.candidates()) {
                if (c.region().level().compareTo(weakest) >= 0 && related(candidate, c.region())) {
                    related++;
                }
            }
            support += (double) related / other.candidates().size();
        }
        return support;
    }

    static boolean related(Region a, Region b) {
        if (a.level() == RegionLevel.COUNTRY || b.level() == RegionLevel.COUNTRY) {
            return false;
        }
        return a.code().startsWith(b.code()) || b.code().startsWith(a.code());
    }

    /** Among equally supported candidates, a short form like 吉林 means the province, not the city, unless told. */
    private static PlaceCandidate highestLevelIfUnique(List<PlaceCandidate> tied) {
        if (tied.size() == 1) {
            return tied.get(0);
        }
        RegionLevel top = tied.stream().map(c -> c.region().level()).min(Comparator.naturalOrder()).orElseThrow();
        List<PlaceCandidate> atTop = tied.stream().filter(c -> c.region().level() == top).toList();
        return atTop.size() == 1 && top.compareTo(RegionLevel.COUNTY) < 0 ? atTop.get(0) : null;
    }

    /**
     * A county short form of three characters or more is no everyday word: it stands for the county when the text
     * also names an ancestor (新疆…阿拉山口), or alone when it is four characters long and no other place bears it
     * (霍尔果斯). Two-character ones (平安, 和平) need the stronger signs above.
     */
    private static boolean isDistinctive(NameMatch match, boolean supported, boolean unique) {
        return match.length() >= 3 && supported || match.length() >= SELF_EVIDENT_NAME_LENGTH && unique;
    }

    /** Whether the document also names the place by its official name (田东 next to 田东县). */
    private static boolean namedInFull(Region region, NameMatch self, List<NameMatch> evidence) {
        return evidence.stream().anyMatch(o -> !o.overlaps(self) && o.candidates().stream()
            .anyMatch(c -> !c.shortForm() && c.region().code().equals(region.code())));
    }

    /** “红旗村” in quotes is an honour or a brand, not the village of that name. */
    private static boolean isQuotedAlone(String text, NameMatch match) {
        return match.start() > 0 && match.end() < text.length()
            && "“\"「『".indexOf(text.charAt(match.start() - 1)) >= 0 && "”\"」』".indexOf(text.charAt(match.end())) >= 0;
    }

    private static boolean followedByCountyWord(String text, int end) {
        for (String word : COUNTY_SUFFIX_WORDS) {
            if (text.startsWith(word, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Right after an ancestor's name (平马镇和村, 河北正定): how short names (和村, 新村) and county short forms show they
     * are places.
     */
    private static boolean isParentRightBefore(Resolved justBefore, NameMatch match, Region region) {
        return justBefore != null && justBefore.match().end() == match.start()
            && region.code().startsWith(justBefore.region().code());
    }

    private static Resolved resolvedBefore(List<Resolved> resolved, NameMatch match) {
        for (int i = resolved.size() - 1; i >= 0; i--) {
            if (resolved.get(i).match().end() == match.start()) {
                return resolved.get(i);
            }
        }
        return null;
    }

    private static List<PlaceMention> longestWithoutOverlap(List<Resolved> resolved) {
        List<Resolved> byLength = new ArrayList<>(resolved);
        byLength.sort(Comparator.comparingInt((Resolved r) -> -r.match().length()).thenComparingInt(r -> r.match().start()));
        List<Resolved> kept = new ArrayList<>();
        for (Resolved r : byLength) {
            if (kept.stream().noneMatch(k -> k.match().overlaps(r.match()))) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingInt(r -> r.match().start()));
        return kept.stream()
            .map(r -> new PlaceMention(r.match().start(), r.match().end(), r.match().surface(), r.region()))
            .toList();
    }
}
