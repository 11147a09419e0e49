package dev.zhibiao.engine.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionTableTest {

    @Test
    void loadsAllFiveLevelsWithTheCountsOfTheCsvs() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        DivisionTable table = DivisionCsv.loadFromClasspath(); // a fresh load, whatever other tests did before
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("Division table: %d entries, loaded in %d ms, ~%d MB heap%n",
            table.size(), millis, (heapAfter - heapBefore) / (1 << 20));

        // 31 rows in provinces.csv, and 台湾省, 香港特别行政区 and 澳门特别行政区, which the package lists apart
        assertEquals(34, table.count(RegionLevel.PROVINCE));
        // 342 rows in cities.csv, of which 市辖区/县 of the 4 municipalities and 省直辖县级行政区划 are placeholders
        assertEquals(333, table.count(RegionLevel.PREFECTURE));
        assertEquals(2978, table.count(RegionLevel.COUNTY));
        assertEquals(41352, table.count(RegionLevel.TOWNSHIP));
        // 620573 rows in villages.csv, of which 19 are named only by a kind of village (行政村村民委员会, 社区居委会):
        // kept as rows, like the placeholder prefectures, but counted as no village
        assertEquals(620554, table.count(RegionLevel.VILLAGE));
        assertEquals(34 + 342 + 2978 + 41352 + 620573, table.size());
        // about 0.7–1 s alone; the bound is loose because the 2 shared cores of CI also run other builds
        assertTrue(millis < 10_000, "loads in seconds");
        assertTrue(heapAfter - heapBefore < 150L << 20, "retains under 150 MB");
    }

    @Test
    void countyHasItsCodeAndFullPath() {
        Region tiandong = DivisionTable.shared().byCode("451022").orElseThrow();
        assertEquals("田东县", tiandong.name());
        assertEquals(RegionLevel.COUNTY, tiandong.level());
        assertEquals(List.of("广西壮族自治区", "百色市", "田东县"), tiandong.path());
    }

    @Test
    void municipalityPathsSkipThePlaceholderPrefecture() {
        Region dongcheng = DivisionTable.shared().byCode("110101").orElseThrow();
        assertEquals(List.of("北京市", "东城区"), dongcheng.path());
        assertTrue(DivisionTable.shared().byCode("1101").isEmpty());
    }

    @Test
    void villageCommitteeNamesAreNormalizedToPlaceNames() {
        assertEquals("立新村", VillageNames.normalize("立新村委会"));
        assertEquals("立新村", VillageNames.normalize("立新村民委员会"));
        assertEquals("北周庄村", VillageNames.normalize("北周庄村村民委员会"));
        assertEquals("上洲社区", VillageNames.normalize("上洲社区居委会"));
        assertEquals("多福巷社区", VillageNames.normalize("多福巷社区居民委员会"));
        assertEquals("花家社区", VillageNames.normalize("花家居委会"));
        assertEquals("八连生活区", VillageNames.normalize("八连生活区"));

        Region sipingcun = DivisionTable.shared().byCode("451022100204").orElseThrow();
        assertEquals("四平村", sipingcun.name());
        assertEquals(RegionLevel.VILLAGE, sipingcun.level());
        assertEquals(List.of("广西壮族自治区", "百色市", "田东县", "平马镇", "四平村"), sipingcun.path());
    }

    @Test
    void findsAllPlacesOfAName() {
        List<Region> lixin = DivisionTable.shared().named("立新村");
        assertTrue(lixin.size() > 10, "立新村 is a common village name");
        assertTrue(lixin.stream().anyMatch(r -> r.code().startsWith("451022106")));
    }

    @Test
    void namesakesComeAllAndInTableOrderFromTheNameIndex() {
        DivisionTable table = DivisionTable.shared();
        for (String name : List.of("新村", "立新村", "和平村", "田东县", "朝阳区")) {
            List<Region> scanned = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                if (!table.isPlaceholder(i) && table.name(i).equals(name)) {
                    scanned.add(table.region(i));
                }
            }
            assertEquals(scanned, table.named(name), name);
        }
        assertEquals(List.of(), table.named("不存在的地名村"));
    }
}
