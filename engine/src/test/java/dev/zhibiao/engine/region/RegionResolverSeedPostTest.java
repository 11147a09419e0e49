package dev.zhibiao.engine.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed post: 田东县 > 印茶镇 > 立新村; 平马镇 > 四平村, 百谷村. */
class RegionResolverSeedPostTest {
    private static CorpusPosts.Post post;
    private static PlaceContext places;

    @BeforeAll
    static void analyze() {
        post = CorpusPosts.read("youjiangribao/2022-06-10-202206102407605958.md");
        places = RegionResolver.shared().analyze(post.text(), post.titleEnd());
    }

    private static Region mentioned(String surface) {
        return places.mentions().stream().filter(p -> p.surface().equals(surface)).findFirst()
            .orElseThrow(() -> new AssertionError(surface + " not among " + places.mentions()))
            .region();
    }

    @Test
    void lixinVillageIsTheOneUnderYinchaTownInTiandong() {
        Region lixin = mentioned("立新村");
        assertEquals(RegionLevel.VILLAGE, lixin.level());
        assertEquals(12, lixin.code().length());
        assertTrue(lixin.code().startsWith("451022"), lixin.code());
        assertEquals(List.of("广西壮族自治区", "百色市", "田东县", "印茶镇", "立新村"), lixin.path());
    }

    @Test
    void sipingVillageIsTheOneUnderPingmaTown() {
        assertEquals(List.of("广西壮族自治区", "百色市", "田东县", "平马镇", "四平村"), mentioned("四平村").path());
        assertEquals("451022100207", mentioned("百谷村").code());
    }

    @Test
    void shortFormInDatelineAndTitleIsTheCounty() {
        assertEquals("451022", mentioned("田东").code());
        assertEquals("451022", places.dominantPlace().orElseThrow().code());
    }

    @Test
    void countyTotalBelongsToTheCounty() {
        Region place = places.placeAt(post.offsetOf("2026.55万元")).orElseThrow();
        assertTrue(place.path().contains("田东县"), place.fullName());
        assertEquals("451022", place.code());
    }

    @Test
    void villageIncomeBelongsToTheVillage() {
        assertEquals("立新村", places.placeAt(post.offsetOf("23.3万元")).orElseThrow().name());
    }

    @Test
    void factsWithoutANearbyPlaceBelongToTheCounty() {
        for (String fact : List.of("194名", "6个非脱贫村", "39岁", "783件", "1482万余元", "340人次", "250户", "44面")) {
            assertEquals("田东县", places.placeAt(post.offsetOf(fact)).map(Region::name).orElse(null), fact);
        }
    }

    @Test
    void noFalsePlacesInsideWords() {
        for (PlaceMention p : places.mentions()) {
            assertTrue(p.region().path().contains("田东县") || p.region().path().contains("百色市")
                || p.region().name().equals("广西壮族自治区"), "unexpected place " + p);
        }
    }
}
