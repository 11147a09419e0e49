package dev.zhibiao.engine.region;

import java.util.Set;

/**
 * Sites named after a person abroad, whose name is written with a dot between its parts (约翰·肯尼迪国际机场,
 * 卡迈勒·阿德万医院): the dotted name is the site's proper name.
 */
final class PersonNamedSites {
    /** Marks between the parts of a person's name abroad (卡迈勒·阿德万), which sites are named after. */
    private static final String NAME_DOTS = "·•";
    /**
     * Sites named after a person abroad (约翰·肯尼迪国际机场; a hospital, 卡迈勒·阿德万医院, in the hospitals' own branch); not
     * a university, which reports (约翰·霍普金斯大学统计).
     */
    static final Set<String> PERSON_NAMED_KINDS = Set.of("机场", "广场", "公园", "基地", "博物馆", "纪念馆");

    private PersonNamedSites() {
    }

    /** A site named after a person abroad (卡迈勒·阿德万医院), else null. */
    static LocalityCandidate personNamedSite(String text, int kindStart, String kind) {
        int start = dottedNameStart(text, kindStart);
        return start < 0 ? null : new LocalityCandidate(start, kindStart, text.substring(start, kindStart), kind, null);
    }

    /**
     * Where a person's name abroad written with a dot (卡迈勒·阿德万) starts, ending at {@code end}: two transliterations
     * of two characters or more around one dot; -1 when the words there are none.
     */
    private static int dottedNameStart(String text, int end) {
        int dot = end;
        while (dot > 0 && end - dot < ProperNames.MAX_TRANSLITERATED_NAME
                && ForeignBareNames.isTransliteration(text, dot - 1, end)) {
            dot--;
        }
        if (end - dot < ProperNames.MIN_NAME || dot == 0 || NAME_DOTS.indexOf(text.charAt(dot - 1)) < 0) {
            return -1;
        }
        int start = dot - 1;
        while (start > 0 && dot - 1 - start < ProperNames.MAX_TRANSLITERATED_NAME
                && ForeignBareNames.isTransliteration(text, start - 1, dot - 1)) {
            start--;
        }
        return dot - 1 - start >= ProperNames.MIN_NAME ? start : -1;
    }
}
