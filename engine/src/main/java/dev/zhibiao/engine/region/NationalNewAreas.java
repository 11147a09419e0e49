package dev.zhibiao.engine.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 19 national-level new areas (国家级新区) the State Council approved, which news writes as places (雄安新区, 贵安新区):
 * most are no division of the table, so each is a locality in the division it lies in — its province where it spans
 * cities (雄安新区 of 保定's and 沧州's counties, 贵安新区 of 贵阳 and 安顺), else its city or district. Those the table lists as
 * districts (浦东新区, 滨海新区, 兰州新区) are its own entries and left to it.
 */
final class NationalNewAreas {
    /** A new area, the code of the division it lies in, and the short form news writes it by alone ("" for none). */
    private record NewArea(String name, String within, String shortForm) {
    }

    /**
     * Short forms only where they are coined from the places the area spans (雄安, 贵安, 西咸): the others are a river's
     * (湘江, 赣江), a region's (滇中), a common word (天府, 两江, 西海岸), a city's own name (福州, 长春) or, for 金普 (written
     * in full in the news), a foreign name's start too (金普顿酒店). 滇中新区 lies in 昆明 (安宁, 嵩明, 官渡).
     */
    private static final List<NewArea> AREAS = List.of(
        new NewArea("浦东新区", "310115", ""), new NewArea("滨海新区", "120116", ""), new NewArea("兰州新区", "620171", ""),
        new NewArea("两江新区", "50", ""), new NewArea("舟山群岛新区", "3309", ""), new NewArea("南沙新区", "440115", ""),
        new NewArea("西咸新区", "61", "西咸"), new NewArea("贵安新区", "52", "贵安"), new NewArea("西海岸新区", "370211", ""),
        new NewArea("金普新区", "2102", ""), new NewArea("天府新区", "51", ""), new NewArea("湘江新区", "4301", ""),
        new NewArea("江北新区", "3201", ""), new NewArea("福州新区", "3501", ""), new NewArea("滇中新区", "5301", ""),
        new NewArea("哈尔滨新区", "2301", ""), new NewArea("长春新区", "2201", ""), new NewArea("赣江新区", "36", ""),
        new NewArea("雄安新区", "13", "雄安"));

    private static final Set<String> NAMES = AREAS.stream().map(NewArea::name).collect(Collectors.toUnmodifiableSet());

    private NationalNewAreas() {
    }

    /** Whether the place is a new area placed here (雄安新区), not one the table lists or any other locality. */
    static boolean isOne(Region place) {
        return place.level() == RegionLevel.LOCALITY && NAMES.contains(place.name());
    }

    /**
     * The new areas the table lacks, by their names and short forms, each placed in its division; a short form is marked
     * so ({@link PlaceCandidate#shortForm}), so that a settlement's name it begins (贵安村, 雄安村) is not the area.
     */
    static Map<String, PlaceCandidate> byName(DivisionTable table) {
        Map<String, PlaceCandidate> out = new HashMap<>();
        for (NewArea area : AREAS) {
            if (!table.named(area.name()).isEmpty()) {
                continue;
            }
            Region within = table.byCode(area.within())
                .orElseThrow(() -> new IllegalStateException("no division " + area.within() + " for " + area.name()));
            Region region = Localities.locality(within, area.name());
            out.put(area.name(), new PlaceCandidate(region, false));
            if (!area.shortForm().isEmpty()) {
                out.put(area.shortForm(), new PlaceCandidate(region, true));
            }
        }
        return out;
    }
}
