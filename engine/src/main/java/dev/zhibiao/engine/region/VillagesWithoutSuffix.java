package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Villages of a township the post names, written without 村 (西岗子 of 西岗子村): before a kind of village they are
 * (推进西岗子生态村建设项目), or as the first words of a firm's or cooperative's name right after their township.
 */
final class VillagesWithoutSuffix {
    /** Last characters of a facility's word (养殖场, 加工厂, 服务站): a village named so is read as the facility. */
    private static final String FACILITY_ENDS = "场厂站所园区队组点";
    /** Words of a kind of village after a village's name without 村 (生态, 示范, 旅游特色). */
    private static final int MAX_VILLAGE_KIND = 4;

    private VillagesWithoutSuffix() {
    }

    /**
     * Villages of a township the post names, written without 村 before a kind of village it is (推进西岗子生态村建设项目
     * in a profile of the village's town): the village, where the context places the words in its township. Only names
     * of {@link Settlements#MIN_VILLAGE_STEM} characters or more, not a kind of village themselves (示范村), nor the
     * township's own name (时家店 of 时家店乡, the seat's village), nor an everyday word or a facility's (养殖场 of
     * 养殖场示范村); a name before other words (八里哨林场, 闹枝沟) may be the township's site or a list of them, not the
     * village. Written right after its township as the first words of a firm's or cooperative's name
     * (香加乡科学图生态畜牧业合作社), the name is the village's, the organization's seat.
     */
    static List<PlaceMention> find(String text, Supplier<PlaceContext> context, PlaceLexicon lexicon,
                                   List<PlaceMention> mentions, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        List<Region> townships = mentions.stream().map(PlaceMention::region)
            .filter(r -> r.level() == RegionLevel.TOWNSHIP).distinct().toList();
        for (Region township : townships) {
            for (Region village : lexicon.villagesOf(township)) {
                String name = village.name();
                if (!name.endsWith(Settlements.VILLAGE)
                        || name.length() - Settlements.VILLAGE.length() < Settlements.MIN_VILLAGE_STEM
                        || Settlements.isCommonVillageName(name)) {
                    continue;
                }
                String stem = name.substring(0, name.length() - Settlements.VILLAGE.length());
                if (!text.contains(stem) || township.name().startsWith(stem)
                        || FACILITY_ENDS.indexOf(stem.charAt(stem.length() - 1)) >= 0 || DictionaryWords.isWord(stem)) {
                    continue;
                }
                for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
                    int start = at;
                    int end = at + stem.length();
                    int kindAt = text.substring(end,
                            Math.min(text.length(), end + MAX_VILLAGE_KIND + Settlements.VILLAGE.length()))
                        .indexOf(Settlements.VILLAGE);
                    int kindEnd = end + kindAt;
                    boolean kindOfVillage = kindAt > 0
                        && Settlements.isCommonVillageName(text.substring(end, kindEnd + Settlements.VILLAGE.length()));
                    PlaceMention mention = new PlaceMention(start, end, stem, village);
                    boolean firmAfterTownship = !kindOfVillage && OrganizationNames.begins(text, mention)
                        && mentions.stream().anyMatch(p -> p.end() == start && p.region().equals(township));
                    if (!(kindOfVillage || firmAfterTownship) || Localities.overlaps(mentions, start, end, null)
                            || Localities.overlaps(found, start, end, null)
                            || Localities.overlaps(out, start, end, null)
                            || kindOfVillage && !LocalityContainers.containerAt(context.get(), start)
                                .filter(township::equals).isPresent()) {
                        continue;
                    }
                    out.add(mention);
                }
            }
        }
        return out;
    }
}
