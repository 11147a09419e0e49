package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Later mentions of a locality by a name written again: a settlement's or an estate's whole name (京几屯 in
 * 新建京几屯水泥路), a base's, reserve's or zone's proper name alone (宁东 after 宁东基地).
 */
final class LaterLocalityMentions {
    private LaterLocalityMentions() {
    }

    /**
     * The later places where a settlement's name (京几屯, 上屋组) is written again, whatever the words before it
     * (新建京几屯水泥路): its kind word makes it a name.
     */
    static List<PlaceMention> namedAgain(String text, String name, PlaceMention intro,
                                         List<PlaceMention> mentions, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        for (int at = text.indexOf(name, intro.end()); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if (!Localities.overlaps(mentions, at, end, null) && !Localities.overlaps(found, at, end, null)) {
                out.add(new PlaceMention(at, end, name, intro.region()));
            }
        }
        return out;
    }

    /**
     * The later places where a base's, reserve's or zone's proper name stands alone (宁东下降25.3% after 宁东基地):
     * after a word boundary or a place name, and not part of another name.
     */
    static List<PlaceMention> aliasMentions(String text, String alias, PlaceMention intro,
                                            List<PlaceMention> mentions, List<PlaceMention> found,
                                            Map<Integer, PlaceMention> endingAt) {
        List<PlaceMention> out = new ArrayList<>();
        for (int at = text.indexOf(alias, intro.end()); at >= 0; at = text.indexOf(alias, at + alias.length())) {
            int end = at + alias.length();
            char before = at == 0 ? '\n' : text.charAt(at - 1);
            boolean bounded = !ProperNames.isNameCharacter(before) || ProperNames.PREPOSITIONS.indexOf(before) >= 0
                || ProperNames.CONJUNCTIONS.indexOf(before) >= 0 || endingAt.containsKey(at);
            if (bounded && !Localities.overlaps(mentions, at, end, null)
                    && !Localities.overlaps(found, at, end, null)) {
                out.add(new PlaceMention(at, end, alias, intro.region()));
            }
        }
        return out;
    }
}
