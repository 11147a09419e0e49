package dev.zhibiao.engine.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.engine.ExtractionRecords;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalitiesTest {
    private final RegionResolver resolver = RegionResolver.shared();

    private Optional<Region> placeAt(String text, int titleEnd, String fact) {
        return resolver.analyze(text, titleEnd).placeAt(text.indexOf(fact));
    }

    private Optional<Region> placeAt(String text, String fact) {
        return placeAt(text, 0, fact);
    }

    private List<String> localities(String text) {
        return resolver.analyze(text, 0).mentions().stream()
            .filter(p -> p.region().level() == RegionLevel.LOCALITY).map(p -> p.region().name()).toList();
    }

    private static String last(List<String> path, int fromEnd) {
        return path.get(path.size() - 1 - fromEnd);
    }

    @Test
    void aPlaceNameBeforeAKindWordNamesALocalityInThatPlace() {
        Region reservoir = placeAt("柳河县柳南乡柞木村水库总库容量31.68万立方米。", "31.68万").orElseThrow();
        assertEquals(RegionLevel.LOCALITY, reservoir.level());
        assertEquals("柞木村水库", reservoir.name());
        assertEquals("柞木村", last(reservoir.path(), 1));
        assertEquals(String.join(" > ", reservoir.path()), reservoir.fullName());

        Region airport = placeAt("在郑州航空港，每天有数十架货机飞往全球各地。", "数十架").orElseThrow();
        assertEquals("郑州航空港", airport.name());
        assertEquals("郑州市", last(airport.path(), 1));
        assertTrue(airport.code().startsWith("4101"), "the code is the containing division's");
    }

    @Test
    void theRecordCarriesTheContractsLocalityLevel() {
        RegionRef ref = ExtractionRecords.toRecord(placeAt("在内蒙古达里湖，数万尾华子鱼洄游。", "数万尾").orElseThrow());
        assertEquals(RegionRef.LOCALITY, ref.level());
        assertEquals("内蒙古自治区 > 达里湖", ref.fullName());
        assertEquals(placeAt("内蒙古数万尾华子鱼洄游。", "数万尾").orElseThrow().code(), ref.code(), "the division's code");
        RegionRef foreignCity = ExtractionRecords.toRecord(
            placeAt("美国芝加哥5小时发生11起枪击致4人死亡", "11起").orElseThrow());
        assertEquals(new RegionRef("芝加哥", "US", RegionRef.LOCALITY, List.of("美国", "芝加哥"), "美国 > 芝加哥"), foreignCity,
            "a foreign city is a locality of its country");
        RegionRef foreignDivision = ExtractionRecords.toRecord(
            placeAt("美国肯塔基州一家银行发生枪击，导致5人死亡。", "5人").orElseThrow());
        assertEquals(RegionRef.LOCALITY, foreignDivision.level(), "so is a foreign division: its code is its country's");
        assertEquals("US", foreignDivision.code());
    }

    @Test
    void aPlaceNameBeforeTheNameStaysOutOfItUnlessTheNameIsAPlaceNameToo() {
        Region lake = placeAt("在内蒙古达里湖，数万尾华子鱼洄游。", "数万尾").orElseThrow();
        assertEquals("达里湖", lake.name());
        assertEquals(List.of("内蒙古自治区", "达里湖"), lake.path());
        assertEquals("宁波舟山港", placeAt("宁波舟山港完成集装箱吞吐量超91万标准箱。", "91万").orElseThrow().name());
        assertEquals(List.of("福建省", "泉州市", "泉州港"),
            placeAt("福建泉州港新开航线，全程仅需7天。", "7天").orElseThrow().path(), "a place name inside the one before");
    }

    @Test
    void aNationalParkNamedAfterItsPlaceIsALocalityThatStaysTheParagraphsTopic() {
        String text = "标题\n近日，武夷山国家公园生物资源调查结束，范围覆盖了武夷山国家公园福建片区。本次调查共发现34个新物种。";
        Region park = RegionResolver.shared().analyze(text, 2).placeAt(text.indexOf("34个")).orElseThrow();
        assertEquals("武夷山国家公园", park.name());
        assertEquals("武夷山市", last(park.path(), 1));
    }

    @Test
    void aSettlementIsNamedWithoutTheCountyAndOnePlaceStaysOnePlace() {
        String text = "锦屏羽毛球产业园年产羽毛球300万只。羽毛球产业园带动就业500人。田东县蔡家屯有农户300户。另外，蔡家屯有耕地500亩。";
        assertEquals(placeAt(text, "300万只"), placeAt(text, "500人"), "锦屏羽毛球产业园, then 羽毛球产业园");
        assertEquals("蔡家屯", placeAt(text, "300户").orElseThrow().name());
        assertEquals(placeAt(text, "300户"), placeAt(text, "500亩"));
        assertTrue(placeAt("南平市国家公园面积达1000平方公里。", "1000").stream().noneMatch(r -> r.level() == RegionLevel.LOCALITY),
            "a city's official name before 国家公园 names no park");
    }

    @Test
    void aHamletsNameBeginsAfterTheVerbBeforeIt() {
        Region hamlet = placeAt("亨通镇地处柳河县东部。\n镇内有蔡家屯二十四节气中药养生馆1处。", "1处").orElseThrow();
        assertEquals("蔡家屯", hamlet.name());
        assertTrue(hamlet.path().contains("柳河县"));
        assertTrue(placeAt("亨通镇诚邀五湖四海的朋友，共建大棚13栋。", "13栋").stream().noneMatch(r -> r.level() == RegionLevel.LOCALITY),
            "五湖四海 is no lake");
    }

    @Test
    void aProvinceLevelCitysNameAloneNamesItsPortOrAirport() {
        assertEquals(List.of("上海市", "上海港"), placeAt("今年上海港集装箱吞吐量4900万标准箱。", "4900万").orElseThrow().path());
        assertEquals(List.of("澳门特别行政区", "澳门国际机场"),
            placeAt("在澳门国际机场，两名少年儿童献花。", "两名").orElseThrow().path());
    }

    @Test
    void aPortsOrAirportsNameHoldsTheCityWrittenBeforeIt() {
        Region airport = placeAt("广州白云国际机场有34家航空公司转场。", "34家").orElseThrow();
        assertEquals("广州白云国际机场", airport.name());
        assertEquals("白云区", last(airport.path(), 1));
        Region port = placeAt("二连浩特口岸进出境中欧班列超3900列。", "3900").orElseThrow();
        assertEquals("二连浩特口岸", port.name());
        assertEquals(RegionLevel.LOCALITY, port.level());
        assertEquals(RegionLevel.PROVINCE, placeAt("新疆口岸进出境中欧班列超3900列。", "3900").orElseThrow().level(),
            "a province's ports are no one port");
    }

    @Test
    void aNameStandingAloneLiesInThePlaceOfItsClauseOrContext() {
        String ports = "深圳海关统计，今年前10个月，深圳港进出口贸易值达3.52万亿元。";
        Region port = placeAt(ports, "3.52万亿").orElseThrow();
        assertEquals(List.of("广东省", "深圳市", "深圳港"), port.path());
        String farms = "柳河县国有林面积为71831.04公顷，其中：凉水林场18351.99公顷，全胜林场2941.69公顷，兰山林场5355.32公顷。";
        assertEquals(Optional.of("全胜林场"), placeAt(farms, "2941.69").map(Region::name));
        assertEquals(Optional.of("兰山林场"), placeAt(farms, "5355.32").map(Region::name),
            "兰山 of 兰山区 elsewhere is no place here");
        assertEquals("柳河县", last(placeAt(farms, "5355.32").orElseThrow().path(), 1));
    }

    @Test
    void aHamletIsALocalityButAWordForHamletsIsNone() {
        String text = "亨通镇位于柳河县东部，辖7个行政村，23个自然屯。以蔡家屯成涛种植专业合作社为代表，发展果树采摘园300亩。";
        assertEquals(Optional.of("蔡家屯"), placeAt(text, "300亩").map(Region::name));
        assertEquals(Optional.of("亨通镇"), placeAt(text, "23个").map(Region::name), "自然屯 names no hamlet");
        assertEquals(Optional.of("三源浦朝鲜族镇"),
            placeAt("三源浦朝鲜族镇位于柳河县。辖区管辖5个朝鲜族村屯。", "5个").map(Region::name), "村屯 names none either");
    }

    @Test
    void aLocalityNamedBeforeADivisionDoesNotNarrowIt() {
        String text = "孤山子镇位于柳河县。大北岔林场的大部分施业区都座落在本镇境内，森林面积129.3平方公里。";
        assertEquals(Optional.of("孤山子镇"), placeAt(text, "129.3").map(Region::name));
    }

    @Test
    void theSameNameLaterIsTheSamePlace() {
        String text = "在内蒙古达里湖，数万尾华子鱼洄游。达里湖面积197.3平方公里。";
        assertEquals(List.of("内蒙古自治区", "达里湖"), placeAt(text, "197.3").orElseThrow().path());
    }

    @Test
    void aBaseOrReserveIsNamedByItsProperNameAloneLater() {
        String reserve = "在宁夏灵武白芨滩国家级自然保护区造林点，工作人员提高造林成活率。白芨滩以每年造林2万亩的速度推进。";
        Region place = placeAt(reserve, "2万亩").orElseThrow();
        assertEquals("灵武白芨滩国家级自然保护区", place.name(), "with the county written before it");
        assertEquals("灵武市", last(place.path(), 1));

        String ranking = "宁夏重大项目开工率：银川市开工率98%；宁东基地3个项目开工。宁东开工率95%。";
        Region base = placeAt(ranking, "95%").orElseThrow();
        assertEquals("宁东基地", base.name());
        assertEquals(List.of("宁夏回族自治区", "宁东基地"), base.path(), "listed among cities: the province's");
        assertEquals("银川市", placeAt(ranking, "98%").orElseThrow().name());

        String farm = "河北塞罕坝机械林场是世界上面积最大的人工林。塞罕坝将115.1万亩林地划成了110个小区域。";
        Region forestFarm = placeAt(farm, "115.1万亩").orElseThrow();
        assertEquals("塞罕坝机械林场", forestFarm.name(), "a forest farm's proper name alone");
        assertEquals("围场满族蒙古族自治县", last(forestFarm.path(), 1));
    }

    @Test
    void aStationIsAPlaceOnlyInAPostOnTheAntarctic() {
        String text = "我国第42次南极考察中山站卸货作业全面展开\n中山站卸货作业计划持续两周。";
        Region station = placeAt(text, text.indexOf('\n'), "两周").orElseThrow();
        assertEquals(List.of("南极洲", "中山站"), station.path());
        assertTrue(localities("公交线路途经人民站、中山站等5个站点。").isEmpty(), "a bus stop");
    }

    @Test
    void commonNounsBeforeAKindWordNameNoLocality() {
        assertTrue(localities("在香港，游客达5万人次。").isEmpty(), "香港 is no port");
        assertTrue(localities("湖南将用好湖区资源，新增就业5万人。").isEmpty(), "湖南 is a province");
        assertTrue(localities("柳河县新建光伏生产基地，投资3亿元。").isEmpty(), "生产基地");
        assertTrue(localities("宁波加快港口建设，投资10亿元。").isEmpty(), "港口建设");
        assertTrue(localities("通化市加快机场建设，投资5亿元。").isEmpty(), "机场建设 without a name");
        assertTrue(localities("全镇有小二型水库8座，共有水库6座。").isEmpty(), "水库 counted");
        assertTrue(localities("本报柳河讯 全县水库蓄水量达1.2亿立方米。").isEmpty(), "the county's reservoirs");
        assertEquals(Optional.of("柳河县"), placeAt("柳河县新建光伏生产基地，投资3亿元。", "3亿元").map(Region::name));
    }

    @Test
    void aLocalityIsTheTopicOfOtherSentencesOnlyWhenNamedFirst() {
        String text = "三源浦镇位于柳河县东南部，镇内建有火车站及通化机场。全镇幅员面积388平方公里。";
        assertEquals(Optional.of("三源浦朝鲜族镇"), placeAt(text, "388").map(Region::name), "the town, not its airport");
        String airport = "通化机场今年运营平稳，客流回升。目前运营4条航线。";
        assertEquals(Optional.of("通化机场"), placeAt(airport, "4条").map(Region::name));
        String park = "贵州锦屏羽毛球产业园里一派繁忙景象。每天有超过10万只羽毛球从这里飞向全球。";
        assertEquals(Optional.of("锦屏羽毛球产业园"), placeAt(park, "10万只").map(Region::name),
            "named with the places before it, the locality is the paragraph's first place");
    }

    @Test
    void aDistanceToALocalityIsAReferenceNotItsPlace() {
        String text = "五道沟镇位于柳河县，距通化三源浦机场15公里。";
        assertTrue(placeAt(text, "15公里").filter(r -> r.level() == RegionLevel.LOCALITY).isEmpty());
    }

    @Test
    void aLocalityInNoKnownPlaceLiesInChinaNamedAsWritten() {
        String text = "地处青海省南部的三江源国家公园是我国首个试点。\n如今的三江源国家公园，藏羚羊恢复到7万多只。"
            + "与此同时，地跨四川、陕西、甘肃三省的大熊猫国家公园打通了13个生态廊道；东北虎豹国家公园野生东北虎达到70只左右。";
        assertEquals(List.of("青海省", "三江源国家公园"), placeAt(text, "7万多只").orElseThrow().path());
        Region park = placeAt(text, "70只").orElseThrow(); // not the paragraph's topic 三江源国家公园
        assertEquals(List.of("中国", "东北虎豹国家公园"), park.path());
        assertEquals("CN", park.code());
        assertEquals(RegionLevel.LOCALITY, park.level());
    }

    @Test
    void aSpaceflightSiteIsALocalityNamedAfterAVerbOfGoingThere() {
        assertEquals(List.of("内蒙古自治区", "东风着陆场"),
            placeAt("在内蒙古，神舟十六号飞船将于10月31日返回东风着陆场，上百台车辆已集结到位。", "上百台").orElseThrow().path());
        assertTrue(placeAt("联盟号飞船在拜科努尔发射场发射升空，3名航天员进入太空。", "3名").filter(r -> r.code().equals("CN")).isEmpty(),
            "a launch site named alone is no Chinese one");
        assertEquals("酒泉卫星发射中心", placeAt("三名航天员在酒泉卫星发射中心完成了各项准备。", "三名").orElseThrow().name());
    }

    @Test
    void aForeignCityWrittenWithItsSuffixIsNamedAsWritten() {
        assertEquals(List.of("美国", "芝加哥市"), placeAt("美国伊利诺伊州芝加哥市枪击频发，8人死亡。", "8人").orElseThrow().path());
        assertEquals(List.of("美国", "芝加哥"), placeAt("美国芝加哥市场上，鸡蛋价格上涨了5%。", "5%").orElseThrow().path(),
            "市场 is no part of the name");
        String story = "美国芝加哥市周末发生枪击，造成5人死亡。\n芝加哥警方称，另有12人受伤。";
        assertEquals(placeAt(story, "5人"), placeAt(story, "12人"), "one city keeps one name");
        String gaza = "巴勒斯坦卫生部门说，以军轰炸加沙城一所学校，造成至少22人死亡。\n以军当天还空袭加沙南部，造成5人死亡。";
        assertEquals(List.of("巴勒斯坦", "加沙地带", "加沙城"), placeAt(gaza, "22人").orElseThrow().path(),
            "a city written with 城, in the territory it lies in");
        assertEquals("加沙南部", placeAt(gaza, "5人").orElseThrow().name(), "加沙 alone may be the territory: 城 names one mention");
        assertEquals("伦敦", placeAt("英国伦敦城区有500万人。", "500万").orElseThrow().name(), "城区 is no part of the name");
    }

    @Test
    void aZoneAForestFarmOrALockIsNamedByItsPlaceAlone() {
        assertEquals("上海自贸区", placeAt("上海自贸区发布了金融、贸易、航运三个领域的负面清单。", "三个").orElseThrow().name());
        assertEquals("安口镇林场", placeAt("柳河县国有林中，安口镇林场9452.79公顷。", "9452.79").orElseThrow().name());
        assertEquals("武夷山国家公园", placeAt("武夷山国家公园跨江西、福建两省，是世界文化与自然双遗产。", "两省").orElseThrow().name(),
            "a count of listed places is placed where its clause says");
    }

    @Test
    void militaryBasesUniversitiesAndTheirHospitalsArePlaces() {
        assertEquals("胡德堡军事基地",
            placeAt("美国一架军用直升机12日在得克萨斯州胡德堡军事基地附近坠毁，机上两人死亡。", "两人").orElseThrow().name());
        assertEquals("云南大学", placeAt("建校百年来，云南大学先后培养了30余万名各类人才。", "30余万名").orElseThrow().name());
        assertEquals("吉林大学中日联谊医院",
            placeAt("在吉林大学中日联谊医院血液透析中心，患者达到700多人。", "700多人").orElseThrow().name());
        assertEquals("吉林省", placeAt("吉林全市70所市级医院与国内名院协作。", "70所").orElseThrow().name(), "市级医院 is a kind");
        assertEquals("武汉大学人民医院", placeAt("湖北武汉大学人民医院发热门诊接诊800多人。", "800多人").orElseThrow().name(),
            "a university hospital's own name may be a common word");
        assertEquals("广州市", placeAt("广州大学城有12所高校。", "12所").orElseThrow().name(), "大学城 is no university");
        assertTrue(localities("驻韩美军基地有2.8万名士兵。").isEmpty(), "美军基地 names no base");
    }

    @Test
    void spaceportsLandformsAndIslandsArePlaces() {
        assertEquals("海南商业航天发射场", placeAt("海南商业航天发射场一期仅用时870多天。", "870多天").orElseThrow().name(),
            "a spaceport's name holds its province");
        assertEquals("伊犁河谷", placeAt("新疆伊犁河谷1170多万亩的天然草场进入打草季。", "1170多万亩").orElseThrow().name());
        assertEquals("福建省", placeAt("福建山间河谷有3条溪流。", "3条").orElseThrow().name(), "山间河谷 is a kind");
        assertEquals(List.of("格陵兰", "格陵兰岛"),
            placeAt("格陵兰岛自治政府建议每个家庭储备至少五天的物资。", "五天").orElseThrow().path());
        assertEquals("丹麦", placeAt("丹麦称，斯文堡岛有5.6万人。", "5.6万").orElseThrow().name(), "an island named alone is no place");
    }

    @Test
    void aRiversReachAndAPartOfARegionAbroadArePlaces() {
        Region reach = placeAt("今天（12月7日），松花江哈尔滨段采冰工作启动，将持续一个半月左右。", "一个半月").orElseThrow();
        assertEquals("松花江哈尔滨段", reach.name());
        assertTrue(reach.path().contains("哈尔滨市"), reach.path().toString());
        assertEquals("加沙地带西北部", placeAt("卡桑旅称，并在加沙地带西北部打击两辆以军坦克。", "两辆").orElseThrow().name(),
            "a region abroad named without a level word takes its part");
    }

    @Test
    void landmarksAndVolcanoesArePlaces() {
        assertEquals("天安门广场", placeAt("天安门广场中心巨型花果篮，顶高18米。", "18米").orElseThrow().name());
        assertEquals(List.of("哥伦比亚", "考卡省", "普拉塞火山"),
            placeAt("哥伦比亚考卡省的普拉塞火山近来活动加剧，喷出的火山灰柱高度超1000米。", "1000米").orElseThrow().path());
        assertTrue(placeAt("各地举办广场舞展演活动约4.75万场。", "4.75万场").isEmpty(), "举办广场 names no square");
    }

    @Test
    void aLocalityOfAPostNamingAForeignPlaceIsNotPlacedInChina() {
        String text = "英国航空业持续复苏。\n希思罗机场全年旅客吞吐量达到7900万人次。";
        assertTrue(placeAt(text, "7900万").filter(r -> r.code().equals("CN")).isEmpty());
        assertTrue(placeAt("鹿特丹港全年集装箱吞吐量为1350万标箱。", "1350万").filter(r -> r.code().equals("CN")).isEmpty(),
            "ports and lakes are often foreign ones written alone");
        assertTrue(placeAt("国际陆港今年开行中欧班列1200列。", "1200列").filter(r -> r.code().equals("CN")).isEmpty());
        String abroad = "中东欧新闻\n塞尔维亚电力需求持续增长。\n贝尔格莱德以南的科斯托拉茨水电站年发电量达到20亿千瓦时。";
        assertTrue(placeAt(abroad, "20亿").filter(r -> r.code().equals("CN")).isEmpty(), "a foreign story under its title");
    }

    @Test
    void aNameClosingWhereAFirmLiesIsAPlaceOfItsTownship() {
        String text = "柳河县\n粮食公司位于柳河镇太平一区，企业注册资金6000万元。\n葡萄酒公司位于柳河镇乔家店。公司占地面积38035平方米。";
        assertEquals(Optional.of(List.of("吉林省", "通化市", "柳河县", "柳河镇", "太平一区")), placeAt(text, "6000万元").map(Region::path));
        assertEquals(Optional.of("乔家店"), placeAt(text, "38035").map(Region::name), "the paragraph's topic");
        assertTrue(placeAt("柳河县\n三源浦镇位于柳河县东南部，全镇面积388平方公里。", "388").filter(r -> r.level() == RegionLevel.LOCALITY)
            .isEmpty(), "a direction is no place");
        assertEquals(Optional.of("太平一区"), placeAt("柳河县\n粮食公司位于柳河县柳河镇太平一区，注册资金6000万元。", "6000")
            .map(Region::name), "the county before the township");
        for (String part : List.of("政府", "一带", "大街", "郊区", "核心区", "客运站", "路口")) {
            String firm = "柳河县\n钙业公司位于柳河镇" + part + "，年产量5万吨。";
            assertEquals(Optional.of("柳河镇"), placeAt(firm, "5万吨").map(Region::name), part + " is no place of its own");
        }
        assertEquals(Optional.of("柳河镇"), placeAt("吉林省柳河县柳河镇，镇内建有柳河镇湿地公园。耕地面积5000公顷。", "5000")
            .map(Region::name), "a site named in the topic's sentence is no topic");
    }

    @Test
    void aPlaceAbroadWithALevelWordAfterItsDivisionIsALocalityOfIt() {
        String text = "据伊朗媒体报道，伊朗南呼罗珊省塔巴斯地区的一处煤矿发生爆炸，事故已经造成至少30人死亡。";
        assertEquals(Optional.of(List.of("伊朗", "南呼罗珊省", "塔巴斯地区")), placeAt(text, "30人").map(Region::path));
        assertTrue(placeAt("美国股市新上市的55家公司中，不到20%盈利。", "55家").filter(r -> r.level() == RegionLevel.LOCALITY)
            .isEmpty(), "上市 is a word, not a city");
        assertEquals(Optional.of(List.of("英国", "英格兰和威尔士地区")), placeAt("英国英格兰和威尔士地区超过1万名护士参加罢工。",
            "1万名").map(Region::path), "two parts of a country listed before 地区 are one region of it");
        for (String words : List.of("受灾地区", "高风险地区", "一线城市", "以外地区", "农村地区")) {
            assertTrue(placeAt("美国" + words + "有3万人失业。", "3万人").filter(r -> r.level() == RegionLevel.LOCALITY).isEmpty(),
                words + " names no place");
        }
    }

    @Test
    void anotherItemOfABulletinNamingAForeignPlaceSaysNothingOfALocality() {
        String bulletin = "国内国际简讯\n中国援建的尼泊尔公路项目顺利完工。\n温吉桑储气库群日前正式供气，日供气量超过300万立方米。";
        assertEquals(Optional.of(List.of("中国", "温吉桑储气库群")), placeAt(bulletin, "300万").map(Region::path));
    }

    @Test
    void aCountedKindOfLocalityNamesNone() {
        String text = "我国已经建成11个亚洲象自然保护区，先后划定360万亩大象栖息地。西双版纳亚洲象救护与繁育中心已收容救助30余头野象。";
        assertTrue(placeAt(text, "360万亩").filter(r -> r.level() == RegionLevel.LOCALITY).isEmpty());
        assertEquals("西双版纳傣族自治州", placeAt(text, "30余头").orElseThrow().name());
    }

    @Test
    void aVillageTheTableDoesNotListIsALocalityRightAfterItsTownOrCountyOrOnALineOfItsOwn() {
        Region village = placeAt("长顺县白云山镇烂山村共有贫困户220户。", "220户").orElseThrow();
        assertEquals(RegionLevel.LOCALITY, village.level());
        assertEquals("烂山村", village.name());
        assertEquals("白云山镇", last(village.path(), 1));
        Region afterCounty = placeAt("莒县张家村建设高标准温室大棚43个。", "43个").orElseThrow();
        assertEquals(List.of("山东省", "日照市", "莒县", "张家村"), afterCounty.path(), "right after its county");
        assertEquals(List.of("山东省", "日照市", "莒县"), placeAt("莒县大湖村建设大棚43个。", "43个").orElseThrow().path(),
            "no lake 莒县大湖; a word before 村 after a county is no village's name there (小康村, 大湖村)");
        assertEquals(RegionLevel.COUNTY, placeAt("沂水县小康村今年达到30个。", "30个").orElseThrow().level());
        String lake = "山东渔业\n微山湖村民今年养殖收入达到2亿元。";
        assertEquals("微山湖", resolver.analyze(lake, lake.indexOf('\n')).placeAt(lake.indexOf("2亿元")).orElseThrow().name(),
            "村民 is no village's 村");
        assertEquals(RegionLevel.COUNTY, placeAt("田东县新农村建设投入43万元。", "43万元").orElseThrow().level(),
            "新农村 is a kind of village");
        String row = "长顺县贫困村情况\n烂山村\n220户";
        Region rowVillage = resolver.analyze(row, row.indexOf('\n')).mentions().stream()
            .filter(p -> p.surface().equals("烂山村")).findFirst().orElseThrow().region();
        assertEquals(RegionLevel.LOCALITY, rowVillage.level());
        assertEquals("长顺县", last(rowVillage.path(), 1), "a row's village lies in the place of the title");
        assertEquals("广顺镇", placeAt("长顺县广顺镇贫困村共有12个，行政村共有20个。", "12个").orElseThrow().name(),
            "a kind of village (贫困村) is no village's name");
        // elsewhere 村 ends common words: no locality
        assertEquals(List.of(), localities("长顺县代化镇农村居民人均收入增长8%，贫困村减少5个，村民委员会换届。"));
    }

    @Test
    void theTagOfALocalSiteNamesThePlaceOfAPostWhoseTextNamesNone() {
        String text = "上半年经济运行情况\n全市地区生产总值完成1200亿元。";
        assertEquals(Optional.empty(), resolver.analyze(text, new dev.zhibiao.engine.text.DocumentSpans(text), 8, List.of("新闻联播"))
            .placeAt(text.indexOf("1200")));
        assertEquals("大庆市", resolver.analyze(text, new dev.zhibiao.engine.text.DocumentSpans(text), 8, List.of("大庆市新闻"))
            .placeAt(text.indexOf("1200")).orElseThrow().name());
        String town = "红石镇概况\n红石镇耕地面积3000亩。";
        assertEquals("柳河县", resolver.analyze(town, new dev.zhibiao.engine.text.DocumentSpans(town), 5, List.of("柳河县新闻"))
            .placeAt(town.indexOf("3000")).orElseThrow().path().get(2), "the site's county decides which 红石镇 is meant");
    }

    @Test
    void aListItemHeadedByATownshipWithoutItsSuffixIsThatTownship() {
        String text = "长顺县易地扶贫搬迁\n安置点3个:\n长寨：596套2470人；\n广顺：1382套4620人。\n长寨的发展很快，共3000人。";
        PlaceContext places = resolver.analyze(text, text.indexOf('\n'));
        assertEquals("长寨街道", places.placeAt(text.indexOf("596套")).orElseThrow().name());
        assertEquals("广顺镇", places.placeAt(text.indexOf("4620人")).orElseThrow().name());
        assertEquals("长顺县", places.placeAt(text.indexOf("3000人")).orElseThrow().name(), "only a list item's head names it");
        String province = "贵州省就业情况\n全省新增就业。\n城关：新增就业500人；\n新华：新增就业300人。";
        assertEquals("贵州省", resolver.analyze(province, province.indexOf('\n')).placeAt(province.indexOf("500人")).orElseThrow()
            .name(), "in a province many townships share a short name");
    }

    @Test
    void anAirportNamedAfterTheOneCountyOfThatShortNameLiesThere() {
        Region airport = placeAt("截至12月6日，大兴机场今年累计迎送进出港旅客5008.34万人次。", "5008.34万").orElseThrow();
        assertEquals("大兴机场", airport.name());
        assertEquals("大兴区", last(airport.path(), 1));
        String respective = "记者从中国铁路哈尔滨局集团有限公司获悉，今年经满洲里铁路口岸通行的中欧班列达1724列、发送货物18.4万标箱，"
            + "同比分别增长1.2%、0.8%。";
        assertEquals("满洲里铁路口岸", placeAt(respective, "1.2%").orElseThrow().name(),
            "amounts after 分别 pair with the things listed, not with the source and the port");
    }

    @Test
    void aPeopleNamedAfterACountryIsNoPlaceAndAnEthnicTownshipMayBeWrittenWithoutZu() {
        String text = "三源浦朝鲜镇简介\n三源浦朝鲜镇辖20个行政村，管辖5个朝鲜族村屯，朝鲜族户1387户。";
        PlaceContext places = resolver.analyze(text, text.indexOf('\n'));
        assertEquals("三源浦朝鲜族镇", places.placeAt(text.indexOf("20个")).orElseThrow().name());
        assertEquals("三源浦朝鲜族镇", places.placeAt(text.indexOf("1387户")).orElseThrow().name(),
            "朝鲜族 is a people, not 朝鲜; 村屯 is no hamlet");
        assertTrue(places.mentions().stream().noneMatch(p -> p.region().level() == RegionLevel.COUNTRY));
    }

    @Test
    void aSettlementSaidToLieInAPlaceIsTheSmallerPlace() {
        String text = "红石镇简介\n刘家屯位于红石镇青岭村，年产木耳120吨。";
        assertEquals("刘家屯", resolver.analyze(text, text.indexOf('\n')).placeAt(text.indexOf("120吨")).orElseThrow().name());
    }

    @Test
    void wordsBeforeAKindWordThatNameNoPlaceLeaveTheFactsPlaceAlone() {
        assertEquals(Optional.of("深圳市"), placeAt("深圳一家券商发布报告。中金下调港交所目标价12%。", "12%").map(Region::name),
            "港交所 is an exchange, not a port");
        assertEquals(Optional.of("日照港"), placeAt("日照港铁矿石吞吐量达5000万吨。", "5000万吨").map(Region::name),
            "港铁 is the railway, 港铁矿石 the port's ore");
        assertEquals(Optional.of("苏州市"), placeAt("苏州工业发展迅速。全市新建中外合作开发区3个。", "3个").map(Region::name),
            "中外合作 names no zone");
    }

    @Test
    void museumsMemorialsSitesAndZonesArePlacesInTheirDivision() {
        Region museum = placeAt("在江苏常熟的虞山脚下，常熟博物馆重新开放，馆内2万多件文物藏品吸引游客。", "2万多件").orElseThrow();
        assertEquals("常熟博物馆", museum.name());
        assertEquals("江苏省", museum.path().get(0), "a locality of the division it lies in");
        assertEquals(Optional.of("苏州博物馆"), placeAt("在江苏苏州博物馆，每天13000多个参观名额节前就已约满。", "13000多个")
            .map(Region::name), "a city's museum is named by the city alone");
        assertEquals(Optional.of("宝鸡周原遗址"), placeAt("陕西宝鸡周原遗址新发现了200多片卜甲。", "200多片").map(Region::name),
            "with the city written before it");
        assertTrue(RegionResolver.shared().analyze("在江西景德镇，陶溪川文创区融入博物馆、美术馆等多元业态。", 0).mentions().stream()
            .noneMatch(m -> m.region().name().endsWith("博物馆")), "融入博物馆 is a verb's object, not a museum's name");
        assertTrue(RegionResolver.shared().analyze("湖南长沙走马楼吴简等一批既有重大遗址的整理工作仍在进行中。", 0).mentions().stream()
            .noneMatch(m -> m.region().name().endsWith("遗址")), "重大遗址 names no site");
        assertEquals(Optional.of("漯河泥河洼蓄滞洪区"), placeAt("河南漯河泥河洼蓄滞洪区提前转移群众4567人。", "4567人").map(Region::name));
    }

    @Test
    void basinsHubsZonesAndSpaceStationsAreLocalities() {
        Region basin = placeAt("海河流域30条断流的河流恢复流动。", "30条").orElseThrow();
        assertEquals(List.of("中国", "海河流域"), basin.path(), "known nationwide: in China");
        assertEquals(Optional.of("三峡枢纽"), placeAt("截至今天，三峡枢纽今年通过量达1亿吨。", "1亿吨").map(Region::name));
        assertEquals(Optional.of("塔城重点开发开放试验区"), placeAt("在新疆塔城重点开发开放试验区，落户企业达63家。", "63家").map(Region::name),
            "a city's zone");
        assertEquals(Optional.of("中国空间站"), placeAt("乘组在中国空间站会师，中国空间站已在轨运行1200多天。", "1200多天").map(Region::name));
        assertEquals(Optional.of("中国空间站"), placeAt("神舟十五号乘组将会师中国空间站，用时6.5小时。", "6.5小时").map(Region::name),
            "a space station's name has two characters");
        assertTrue(placeAt("凉水镇流域面积20平方公里以上的河流有9条。", "9条").filter(r -> r.name().endsWith("流域")).isEmpty(),
            "流域面积 is a basin's area");
        assertTrue(placeAt("驼腰岭镇辖区内流域总面积131.5平方公里。", "131.5").filter(r -> r.name().endsWith("流域")).isEmpty());
    }

    @Test
    void anIslandNamedByItsCountysShortFormAndARiversReachAreNamedAsWritten() {
        Region island = placeAt("在上海崇明岛，年发电1亿度的风电项目迎来关键节点。", "1亿度").orElseThrow();
        assertEquals(List.of("上海市", "崇明区", "崇明岛"), island.path());
        assertEquals("海南省", placeAt("海南岛森林覆盖率达62%。", "62%").orElseThrow().name(),
            "an island named by its province is the province");
        assertEquals("长江中游", placeAt("在长江中游，人工增殖放流的中华鲟成功入海率提升至60%以上。", "60%").orElseThrow().name());
        assertEquals("长江干流", placeAt("长江干流水质连续4年全线保持Ⅱ类。", "4年").orElseThrow().name());
        assertEquals(List.of(), localities("产业链上游企业达300家。"), "a chain's reaches are no river's");
        assertEquals(List.of(), localities("全国地表水水质持续向好，长江、黄河干流水质继续保持Ⅱ类。"),
            "a reach shared by the rivers listed is no one place");
    }

    @Test
    void aNumberedGroupTheFarmsWordsAndAnAirportsGroupOfFirms() {
        Region group = placeAt("在七个星镇哈尔莫墩村四组418亩豆角地，绿色豆角销售量824余吨。", "824余吨").orElseThrow();
        assertEquals("哈尔莫墩村四组", group.name(), "a group's number names it with its village");
        assertEquals("哈尔莫墩村", last(group.path(), 1));
        String farm = "9月7日，在盐池县宁鑫生态有机牧场，近千只滩羊正在跑道上锻炼。宁鑫有机牧场年养殖滩羊2万只。";
        assertEquals(List.of("宁夏回族自治区", "吴忠市", "盐池县", "盐池县宁鑫生态有机牧场"),
            placeAt(farm, "近千只").orElseThrow().path(), "生态 and 有机 stand between a farm's name and its kind");
        assertEquals("盐池县宁鑫生态有机牧场", placeAt(farm, "2万只").orElseThrow().name(),
            "the farm named again without some of its words");
        assertEquals(List.of(), localities("2018年以来，省民航机场集团筹资70多万元修建了64座蔬菜大棚。"),
            "an airports' group is a firm");
    }
}
