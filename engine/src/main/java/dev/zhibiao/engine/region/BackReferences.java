package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.LeadingScan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Resolves words that point back at a place by its kind — 该县, 全县, 本村, 全市, 我省, 村里 — to the post's dominant
 * place when it is of that kind (全乡 in a profile of 时家店乡 that also names its neighbours), else to the latest
 * place of that kind named before them (or among the ancestors of the latest place), else to the dominant place's
 * ancestor of that kind.
 */
final class BackReferences {
    /** The kinds 该, 全, 本 and 我 take in a reference. */
    private static final String REFERENCE_KINDS = "县村镇乡市区省州旗";
    private static final String REFERENCE_DETERMINERS = "该全本我";
    private static final char IN = '里';
    /** 该县/全县/本县/我县 …; not 全市场, 本区域, 全区间 where the kind word starts another word. */
    private static final LeadingScan REFERENCE = new LeadingScan("该全本我县村镇乡市省",
        "[" + REFERENCE_DETERMINERS + "]([" + REFERENCE_KINDS + "])(?![场域间])"
        // 村里, 县里 (the village, the county just named); not 农村里, 城市里, 城镇里, 乡村里 (rural areas, cities)
        + "|(?<![农城都超夜乡股菜集门花黑])([县村镇乡市省])" + IN + "(?![程面外])", BackReferences::mayBeginReference);

    /** First characters of references that may end a word before them (健全, 熊本, 应该); 我 does not (成为我县). */
    private static final String WORD_ENDING_REFERENCES = "全本该";

    private final DivisionTable table;

    BackReferences(DivisionTable table) {
        this.table = table;
    }

    /** 当地 (locally) points at the place named last before it, whatever its kind; 当地时间 is a clock's. */
    private static final String LOCAL = "当地";
    private static final String LOCAL_TIME = "当地时间";

    /** Whether the mention is a back reference (全县, 该镇, 当地) rather than a name. */
    static boolean isReference(PlaceMention mention) {
        return mention.surface().equals(LOCAL) || REFERENCE.matches(mention.surface());
    }

    /** Whether a reference may begin here: a kind after 该/全/本/我 (该县), else 里 after the kind (村里). */
    private static boolean mayBeginReference(CharSequence text, int at) {
        if (at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        return REFERENCE_DETERMINERS.indexOf(text.charAt(at)) >= 0 ? REFERENCE_KINDS.indexOf(next) >= 0 : next == IN;
    }

    /** The named places plus the resolved back references, ordered by start. */
    List<PlaceMention> resolve(String text, List<PlaceMention> named, Optional<Region> dominant) {
        List<PlaceMention> all = new ArrayList<>(named);
        Matcher m = REFERENCE.matcher(text);
        for (int from = 0; REFERENCE.find(m, text, from); from = LeadingScan.after(m)) {
            int start = m.start();
            if (all.stream().anyMatch(p -> p.start() < m.end() && start < p.end())) {
                continue; // part of a name, as in 全州县
            }
            if (m.group(1) != null && start > 0 && WORD_ENDING_REFERENCES.indexOf(text.charAt(start)) >= 0
                    && DictionaryWords.isWord(text.substring(start - 1, start + 1))) {
                continue; // 全, 本 or 该 ending a word (健全乡村, 熊本县, 应该): no reference
            }
            char kind = (m.group(1) != null ? m.group(1) : m.group(2)).charAt(0);
            Optional<Region> target = dominant.filter(d -> isOfKind(d, kind))
                .or(() -> latestOfKind(all, start, kind))
                .or(() -> dominant.flatMap(d -> ofKind(d, kind)));
            target.ifPresent(region -> {
                all.add(new PlaceMention(start, m.end(), m.group(), region));
                all.sort(Comparator.comparingInt(PlaceMention::start));
            });
        }
        return all;
    }

    /**
     * The mentions plus each 当地 resolved to the place named last before it, localities included (在重庆江津，樱花园里…。
     * 当地把樱花园与茶园相结合 → 江津区).
     */
    static List<PlaceMention> withLocal(String text, List<PlaceMention> mentions) {
        List<PlaceMention> all = new ArrayList<>(mentions);
        for (int at = text.indexOf(LOCAL); at >= 0; at = text.indexOf(LOCAL, at + LOCAL.length())) {
            int start = at;
            if (text.startsWith(LOCAL_TIME, at) || all.stream().anyMatch(p -> p.start() < start + LOCAL.length() && start < p.end())) {
                continue;
            }
            latest(all, start).ifPresent(region -> {
                all.add(new PlaceMention(start, start + LOCAL.length(), LOCAL, region));
                all.sort(Comparator.comparingInt(PlaceMention::start));
            });
        }
        return all;
    }

    private static Optional<Region> latest(List<PlaceMention> mentions, int before) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).end() <= before) {
                return Optional.of(mentions.get(i).region());
            }
        }
        return Optional.empty();
    }

    private Optional<Region> latestOfKind(List<PlaceMention> mentions, int before, char kind) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PlaceMention p = mentions.get(i);
            if (p.end() <= before) {
                Optional<Region> found = ofKind(p.region(), kind);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The place itself or its nearest ancestor whose name ends in the kind word (县 → 田东县, 区 → 广西壮族自治区). */
    private Optional<Region> ofKind(Region region, char kind) {
        List<Region> lineage = table.lineage(region);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            Region r = lineage.get(i);
            if (isOfKind(r, kind)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean isOfKind(Region region, char kind) {
        return region.name().charAt(region.name().length() - 1) == kind;
    }
}
