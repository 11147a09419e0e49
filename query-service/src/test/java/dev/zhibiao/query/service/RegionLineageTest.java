package dev.zhibiao.query.service;

import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.query.domain.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegionLineageTest {

    private static List<String> rows(List<Region> lineage) {
        return lineage.stream().map(r -> r.code + " " + r.name + " " + r.level + " ^" + r.parentCode + " " + r.fullName)
                .toList();
    }

    @Test
    void villageBringsEveryAncestorWithCodeLevelAndParent() {
        RegionRef village = new RegionRef("立新村", "451022104203", "VILLAGE",
                List.of("广西壮族自治区", "百色市", "田东县", "印茶镇", "立新村"), null);
        assertEquals(List.of(
                "451022104203 立新村 VILLAGE ^451022104 广西壮族自治区 > 百色市 > 田东县 > 印茶镇 > 立新村",
                "451022104 印茶镇 TOWNSHIP ^451022 广西壮族自治区 > 百色市 > 田东县 > 印茶镇",
                "451022 田东县 COUNTY ^4510 广西壮族自治区 > 百色市 > 田东县",
                "4510 百色市 PREFECTURE ^45 广西壮族自治区 > 百色市",
                "45 广西壮族自治区 PROVINCE ^null 广西壮族自治区"), rows(RegionLineage.of(village)));
    }

    @Test
    void aRowTakesTheOfficialNameNotThePostsWayOfWritingIt() {
        RegionRef written = new RegionRef("黔东南州", "5226", "PREFECTURE", List.of("贵州省", "黔东南苗族侗族自治州"), null);
        assertEquals(List.of("5226 黔东南苗族侗族自治州 PREFECTURE ^52 贵州省 > 黔东南苗族侗族自治州", "52 贵州省 PROVINCE ^null 贵州省"),
                rows(RegionLineage.of(written)));
    }

    @Test
    void aLocalityIsNoRowOfTheTreeButItsDivisionAndTheDivisionsAboveAre() {
        RegionRef reservoir = new RegionRef("柞木村水库", "451022104203", RegionRef.LOCALITY,
                List.of("广西壮族自治区", "百色市", "田东县", "印茶镇", "立新村", "柞木村水库"), null);
        assertEquals(rows(RegionLineage.of(new RegionRef("立新村", "451022104203", "VILLAGE",
                List.of("广西壮族自治区", "百色市", "田东县", "印茶镇", "立新村"), null))), rows(RegionLineage.of(reservoir)));
        RegionRef foreignCity = new RegionRef("芝加哥", "US", RegionRef.LOCALITY, List.of("美国", "芝加哥"), null);
        assertEquals(List.of("US 美国 COUNTRY ^null 美国"), rows(RegionLineage.of(foreignCity)));
        assertEquals(List.of(), RegionLineage.of(new RegionRef("宁东", "64", RegionRef.LOCALITY, List.of("宁东"), null)),
                "a locality whose division is not named adds nothing");
    }

    @Test
    void aPrefectureWithoutCountiesSkipsTheZeroSegment() {
        RegionRef township = new RegionRef("东城街道", "441900003", "TOWNSHIP", List.of("广东省", "东莞市", "东城街道"), null);
        assertEquals(List.of("441900003 东城街道 TOWNSHIP ^4419 广东省 > 东莞市 > 东城街道",
                "4419 东莞市 PREFECTURE ^44 广东省 > 东莞市", "44 广东省 PROVINCE ^null 广东省"),
                rows(RegionLineage.of(township)));
    }

    @Test
    void countriesHaveNoParentAndUnpairablePathsNameOnlyThePlace() {
        assertEquals(List.of("US 美国 COUNTRY ^null 美国"),
                rows(RegionLineage.of(new RegionRef("美国", "US", "COUNTRY", List.of("美国"), null))));
        assertEquals(List.of("451022 田东县 COUNTY ^4510 田东县"),
                rows(RegionLineage.of(new RegionRef("田东县", "451022", "COUNTY", List.of("田东县"), null))));
        assertEquals(List.of(), RegionLineage.of(new RegionRef("某地", null, null, null, null)));
    }
}
