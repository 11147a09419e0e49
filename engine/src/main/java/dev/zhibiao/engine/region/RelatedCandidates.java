package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.ArabicDigits;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of one name match counted by code and by code prefix, so "how many of them are the place, inside
 * it or contain it" takes a few lookups instead of a scan: common names (新村, 和平) have hundreds of candidates, and
 * each is weighed against every other name of the document.
 */
final class RelatedCandidates {
    /** Digits of a division code per level, province to village: a code's ancestors are its prefixes of these lengths. */
    private static final int[] CODE_LENGTHS = {2, 4, 6, 9, 12};
    private static final int PROVINCE_CODE_LENGTH = CODE_LENGTHS[0];
    private static final int PROVINCE_PREFIXES = 100;

    private final Map<String, Integer> byCode = new HashMap<>();
    private final Map<String, Integer> byAncestorOrSelf = new HashMap<>();
    /**
     * The provinces (two-digit code prefixes, 00-99) of the candidates: a place in none of them is related to none, which
     * most candidates of a common name are (their namesakes lie all over the country); answered without the maps.
     */
    private final BitSet provinces = new BitSet(PROVINCE_PREFIXES);

    RelatedCandidates(List<PlaceCandidate> candidates) {
        for (PlaceCandidate candidate : candidates) {
            if (candidate.region().level() == RegionLevel.COUNTRY) {
                continue;
            }
            Lineage lineage = Lineage.of(candidate.region());
            if (lineage.province() >= 0) {
                provinces.set(lineage.province());
            }
            byCode.merge(lineage.code(), 1, Integer::sum);
            byAncestorOrSelf.merge(lineage.code(), 1, Integer::sum);
            lineage.ancestorCodes().forEach(ancestor -> byAncestorOrSelf.merge(ancestor, 1, Integer::sum));
        }
    }

    /**
     * A place's code and the codes of its ancestors, made once per place: a name's candidates are weighed against every
     * other name of the document, and cutting the prefixes anew for each cost a tenth of the place pass.
     */
    record Lineage(boolean country, String code, List<String> ancestorCodes, int province) {
        static Lineage of(Region place) {
            String code = place.code();
            List<String> ancestors = new ArrayList<>(CODE_LENGTHS.length);
            for (int length : CODE_LENGTHS) {
                if (length >= code.length()) {
                    break;
                }
                ancestors.add(code.substring(0, length));
            }
            return new Lineage(place.level() == RegionLevel.COUNTRY, code, ancestors, provinceOf(code));
        }

        /** The code's first two digits as a number, or -1 when it does not open with two digits. */
        private static int provinceOf(String code) {
            return code.length() >= PROVINCE_CODE_LENGTH && ArabicDigits.isAscii(code.charAt(0)) && ArabicDigits.isAscii(code.charAt(1))
                ? (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0') : -1;
        }
    }

    /**
     * How many candidates are related to the place (see {@link PlaceDisambiguator#related}); provinces are left out
     * when {@code withoutProvinces}. Foreign countries are related to nothing.
     */
    int relatedTo(Lineage place, boolean withoutProvinces) {
        if (place.country()) {
            return 0;
        }
        if (place.province() >= 0 && !provinces.get(place.province())) {
            return 0; // every candidate related to the place shares its code's first two digits
        }
        String code = place.code();
        int related = byAncestorOrSelf.getOrDefault(code, 0);
        if (withoutProvinces && code.length() == PROVINCE_CODE_LENGTH) {
            related -= byCode.getOrDefault(code, 0);
        }
        for (String ancestor : place.ancestorCodes()) {
            if (!(withoutProvinces && ancestor.length() == PROVINCE_CODE_LENGTH)) {
                related += byCode.getOrDefault(ancestor, 0);
            }
        }
        return related;
    }
}
