package dev.zhibiao.engine.region;

import java.util.Set;

/**
 * Turns the committee names of the village level (立新村委会, 立新村民委员会, 上洲社区居委会, 科学图牧委会) into the names
 * news text uses for the place (立新村, 上洲社区, 科学图村).
 */
final class VillageNames {
    /** Committee suffixes, longest first; the value is what the place is called in text. */
    private static final String[][] COMMITTEE_SUFFIXES = {
        {"社区居民委员会", "社区"}, {"社区居委会", "社区"}, {"社区委员会", "社区"},
        {"村民民委员会", "村"}, {"村民委员会", "村"}, {"村委会", "村"}, {"村委", "村"},
        {"居民委员会", "社区"}, {"居委会", "社区"},
        {"嘎查委员会", "嘎查"}, {"嘎查委会", "嘎查"},
        // a pastoral village's committee (科学图牧委会, 扎麻日村牧委会): the village news writes 科学图村
        {"牧委会", "村"},
    };

    /**
     * Place names of the village level that are the words for a kind of village or its committee (the table's
     * 行政村村民委员会 → 行政村, 自然村委会 → 自然村, 社区居委会 → 社区, a bare 居委会): text writing them counts a kind
     * (326个行政村, 辖4个社区), never that one village.
     */
    private static final Set<String> KIND_WORDS = Set.of("行政村", "自然村", "社区", "居委会", "村委会");

    private VillageNames() {
    }

    static String normalize(String committeeName) {
        for (String[] suffix : COMMITTEE_SUFFIXES) {
            String committee = suffix[0];
            if (committeeName.endsWith(committee) && committeeName.length() > committee.length()) {
                String base = committeeName.substring(0, committeeName.length() - committee.length());
                String place = suffix[1];
                // 北周庄村村民委员会 → 北周庄村, not 北周庄村村
                return base.endsWith(place) ? base : base + place;
            }
        }
        return committeeName;
    }

    /** Whether a village's name (as {@link #normalize} gives it) is only the word for a kind of village. */
    static boolean namesKindOnly(String placeName) {
        return KIND_WORDS.contains(placeName);
    }
}
