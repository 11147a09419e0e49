package dev.zhibiao.query.service;

import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.query.domain.Region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A place and the places above it, as rows of the region table, derived from what an event carries: the place's code
 * and the names of its path. Ancestor codes are prefixes of the place's code (province 2 digits, prefecture 4,
 * county 6, township 9); a prefix whose own segment is all zeros is no place (东莞市's townships, 4419 00 003,
 * have no county), so it is skipped when pairing prefixes with the path's names.
 */
final class RegionLineage {
    private static final int[] PREFIX_LENGTHS = {2, 4, 6, 9, 12};
    private static final Map<Integer, String> LEVEL_OF_LENGTH =
            Map.of(2, "PROVINCE", 4, "PREFECTURE", 6, "COUNTY", 9, "TOWNSHIP", 12, "VILLAGE");
    static final String PATH_SEPARATOR = " > ";
    static final int MAX_CODE_LENGTH = 20;

    private RegionLineage() {
    }

    /** Whether a code of this length can name a place of the division tree (a level's prefix of its descendants). */
    static boolean isLevelCodeLength(int length) {
        return Arrays.stream(PREFIX_LENGTHS).anyMatch(l -> l == length);
    }

    /**
     * The place first, then its ancestors from the nearest up; empty when the place has no usable code. A LOCALITY
     * is no row of the division tree: its lineage is that of the division it lies in (its code, the path above it).
     */
    static List<Region> of(RegionRef ref) {
        if (ref != null && RegionRef.LOCALITY.equals(ref.level())) {
            return containerOf(ref).map(RegionLineage::of).orElse(List.of());
        }
        if (ref == null || ref.code() == null || ref.code().isBlank() || ref.code().length() > MAX_CODE_LENGTH
                || ref.name() == null) {
            return List.of();
        }
        String code = ref.code();
        List<String> path = ref.path() == null || ref.path().isEmpty() ? List.of(ref.name()) : ref.path();
        // the row takes the official name, last of the path, not the post's way of writing it (黔东南州)
        String officialName = path.get(path.size() - 1);
        if (!code.chars().allMatch(Character::isDigit)) {
            return List.of(region(code, officialName, ref.level(), null, path));
        }
        List<String> ancestorCodes = ancestorCodes(code);
        String parent = ancestorCodes.isEmpty() ? null : ancestorCodes.get(ancestorCodes.size() - 1);
        List<Region> lineage = new ArrayList<>();
        lineage.add(region(code, officialName, ref.level(), parent, path));
        // only when every ancestor prefix pairs with a name of the path can the ancestors be named
        if (ancestorCodes.size() == path.size() - 1) {
            for (int i = ancestorCodes.size() - 1; i >= 0; i--) {
                String ancestor = ancestorCodes.get(i);
                lineage.add(region(ancestor, path.get(i), LEVEL_OF_LENGTH.get(ancestor.length()),
                        i == 0 ? null : ancestorCodes.get(i - 1), path.subList(0, i + 1)));
            }
        }
        return lineage;
    }

    private static Optional<RegionRef> containerOf(RegionRef locality) {
        List<String> path = locality.path();
        if (path == null || path.size() < 2 || locality.code() == null) {
            return Optional.empty();
        }
        List<String> containerPath = path.subList(0, path.size() - 1);
        String code = locality.code();
        String level = code.chars().allMatch(Character::isDigit) ? LEVEL_OF_LENGTH.get(code.length()) : "COUNTRY";
        return Optional.of(new RegionRef(containerPath.get(containerPath.size() - 1), code, level, containerPath,
                String.join(PATH_SEPARATOR, containerPath)));
    }

    /** Codes of the places above {@code code}, from the province down. */
    static List<String> ancestorCodes(String code) {
        List<String> codes = new ArrayList<>();
        int previous = 0;
        for (int length : PREFIX_LENGTHS) {
            if (length >= code.length()) {
                break;
            }
            if (!code.substring(previous, length).chars().allMatch(c -> c == '0')) {
                codes.add(code.substring(0, length));
            }
            previous = length;
        }
        return codes;
    }

    private static Region region(String code, String name, String level, String parentCode, List<String> path) {
        Region r = new Region();
        r.code = code;
        r.name = name;
        r.level = level;
        r.parentCode = parentCode;
        r.fullName = String.join(PATH_SEPARATOR, path);
        return r;
    }
}
