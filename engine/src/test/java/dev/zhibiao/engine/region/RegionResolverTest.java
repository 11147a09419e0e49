package dev.zhibiao.engine.region;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionResolverTest {
    private final RegionResolver resolver = RegionResolver.shared();

    private Optional<String> placeNameAt(String text, String fact) {
        return resolver.analyze(text, 0).placeAt(text.indexOf(fact)).map(Region::name);
    }

    /** The place of a fact in a text whose first line is its title. */
    private Optional<String> titledPlaceNameAt(String text, String fact) {
        return resolver.analyze(text, text.indexOf('\n')).placeAt(text.indexOf(fact)).map(Region::name);
    }

    /** The path of the place of a fact in a text whose first line is its title. */
    private List<String> placePathAt(String text, String fact) {
        return resolver.analyze(text, text.indexOf('\n')).placeAt(text.indexOf(fact)).map(Region::path).orElse(List.of());
    }

    private List<String> mentionedNames(String text) {
        return resolver.analyze(text, 0).mentions().stream().map(p -> p.region().name()).toList();
    }

    @Test
    void shortFormsOfProvincesAndPrefectures() {
        assertEquals(List.of("广西壮族自治区", "百色市"), mentionedNames("广西百色芒果丰收。"));
        assertEquals(List.of("上海市", "浦东新区"), mentionedNames("上海浦东一批重大民生项目开工。"), "a new area's short form");
        assertEquals(Optional.of("百色市"), placeNameAt("百色今年芒果产量达50万吨。", "50万吨"));
        assertEquals(List.of("延边朝鲜族自治州"), mentionedNames("延边旅游持续升温。"));
    }

    @Test
    void countyShortFormsNeedContext() {
        assertEquals(Optional.of("田东县"), placeNameAt("本报田东讯 全县新增就业300人。", "300人"));
        assertEquals(Optional.of("正定县"), placeNameAt("在河北正定，游客达5万人次。", "5万人次"));
        assertTrue(mentionedNames("县自来水厂新建万吨制水流程。").isEmpty(), "新建 is a verb here, not 新建区");
    }

    @Test
    void longCountyShortFormsStandWithAnAncestorOrWhenUnique() {
        String text = "新疆开行中欧班列再创新高\n阿拉山口进出境班列2129列。";
        assertEquals(Optional.of("阿拉山口市"), placeNameAt(text, "2129列"));
        assertEquals(Optional.of("霍尔果斯市"), placeNameAt("霍尔果斯进出境班列2485列。", "2485列"));
        assertEquals(Optional.of("霍尔果斯市"), resolver.analyze("霍尔果斯铁路口岸进出境班列2485列。", 0).placeAt(13).map(r -> r.path().get(2)),
                "the port lies in the city");
        assertTrue(mentionedNames("和平发展是大势所趋。").isEmpty(), "a two-character short form needs stronger signs");
    }

    @Test
    void aPartOfTheContextsPlaceNamedLaterInTheClauseIsWhatTheFactIsOf() {
        assertEquals(Optional.of("莫斯科州"), placeNameAt("俄罗斯联邦安全局4日说，又抓获3名莫斯科州恐袭事件涉案人员。", "3名"));
        assertEquals(Optional.of("长顺县"), placeNameAt("长顺县贫困人口6303户，25039人（其中代化镇1905户）。", "25039人"),
            "a note in brackets names no part the fact is of");
        assertEquals(Optional.of("河南省"), placeNameAt("河南省今年经济平稳。上半年共接待游客3000万人次主要来自郑州。", "3000万"),
            "an origin");
        assertEquals(Optional.of("江西省"), placeNameAt("江西省加强督查。共派出检查组15个赴南昌、九江等地督查。", "15个"), "a destination");
        assertEquals(Optional.of("湖北省"), placeNameAt("湖北省抗击疫情。共有4万名医护人员驰援武汉。", "4万名"), "a destination");
        assertEquals(Optional.of("河南省"), placeNameAt("河南省夏粮丰收。共收购小麦200万吨郑州市100万吨。", "200万吨"),
            "a part of the next amount");
    }

    @Test
    void aListedFirmNamedAfterAPlaceIsNoPlace() {
        assertEquals(List.of(), mentionedNames("白酒股龙头贵州茅台(600519)盘中涨逾2%。"), "the stock code follows the firm's name");
        assertEquals(List.of(), mentionedNames("海伦司(9869.HK)续升超9%。"), "海伦 of 海伦司 is no 海伦市");
        assertEquals(List.of("贵州省"), mentionedNames("贵州茅台酒产量(吨)达5万。").subList(0, 1), "a bracket of no code");
    }

    @Test
    void aClockATeamAndAHostedEventSayWhatTheirPlaceNames() {
        String games = "北京时间昨晚，中国体育代表团在巴黎奥运会上再传捷报，共获3金2银3铜。";
        assertEquals(List.of("巴黎"), mentionedNames(games), "北京时间 is a clock; a city hosting the games is the city");
        assertEquals(Optional.of("巴黎"), placeNameAt(games, "3金"));
        assertEquals(List.of(), mentionedNames("决赛在中国队和瑞典队之间展开，三场比赛双方都打满了五局。"), "teams, not places");
        assertEquals(List.of("瑞典"), mentionedNames("瑞典队伍规模扩大，瑞典新增就业3万人。").subList(0, 1));
    }

    @Test
    void noNameStartsInsideAWordEndingInItsFirstCharacter() {
        assertEquals(List.of("美国"), mentionedNames("美国主要军火制造商洛克希德·马丁公司获得296架战斗机的合同。"),
            "制造商 + 洛克希德, not 商洛");
        assertEquals(List.of("环渤海地区"), mentionedNames("为西气东输沿线城市和环渤海地区输送天然气。"), "渤海 + 地区, not 海地");
        assertEquals(List.of(), mentionedNames("渤海地区输送天然气。"), "渤海 + 地区, not 海地");
        assertEquals(List.of("商洛市"), mentionedNames("商洛核桃产量达10万吨。"));
        assertEquals(List.of("广东省", "海丰县"), mentionedNames("广东海丰县今年新建学校20所。"), "东 ends 广东 here, no 东海");
    }

    @Test
    void aRareTwoCharacterCountyShortFormStandsAloneInItsProvincesStory() {
        String story = "安徽4300万亩冬小麦长势好于常年。今年，霍邱整合各类资金2100多万元，用于小麦统防统治。";
        assertEquals(Optional.of("霍邱县"), placeNameAt(story, "2100多万元"));
        assertEquals(Optional.of("安徽省"), placeNameAt("今年，安徽整合各类资金2100多万元。", "2100多万元"),
            "no county without its short form written");
        assertEquals(Optional.of("霍邱县"), placeNameAt("安徽小麦长势好。服务队来到霍邱种粮大户的地块，投入资金20万元。", "20万元"));
        assertTrue(mentionedNames("霍邱整合各类资金2100多万元。").isEmpty(), "unsupported: the story names no ancestor");
        assertFalse(mentionedNames("北京至雄安新区60分钟即可到达，河北省投资3亿元。").contains("安新县"),
            "安新 inside 雄安新区 is no county");
        assertFalse(mentionedNames("江苏常熟铜官山脚下16亩马鞭草盛开。").contains("铜官区"), "铜官山 is a mountain");
        assertFalse(mentionedNames("江西在距今2.4万年的地层中发现9块砾石。").contains("万年县"), "万年 after a numeral is years");
        assertFalse(mentionedNames("辽宁已开发的金矿、西岗子铁矿储量较大。").contains("西岗区"), "西岗子 is a hamlet's name");
        assertFalse(mentionedNames("黑龙江省鹤岗市经济发展。工农业总产值增长10%。").contains("工农区"), "工农 runs on into 工农业");
        assertFalse(mentionedNames("江西省宜春市经济发展。上高速公路后车流量达到3万辆。").contains("上高县"), "上高 runs on into 高速");
    }

    @Test
    void aPairNoOtherPlaceBearsStandsAloneBetweenAWordOfPlaceAndAMark() {
        assertEquals(Optional.of("义乌市"), placeNameAt("开市首日，在义乌，约7.5万家商户开门迎客。", "约7.5万家"));
        assertTrue(mentionedNames("义乌国际商贸城开市，约7.5万家商户开门迎客。").isEmpty(), "named without context: no place");
        assertTrue(mentionedNames("企业有雪兰山、华龙、华特等总计23户企业。").isEmpty(), "a firm's name in a list is no county");
        assertTrue(mentionedNames("华龙一号投运。华龙一号累计发电超过300亿千瓦时。华龙一号运行稳定。").isEmpty(), "a product written often");
        assertEquals(Optional.of("甘孜藏族自治州"), placeNameAt("甘孜州今年以来，在全州，新增就业岗位1.2万个。", "1.2万个"),
            "全州 after 在 is the whole prefecture");
    }

    @Test
    void aShortFormThatIsAlsoAWordNamesItsPlaceBetweenAWordOfPlaceAndAMark() {
        String story = "北京出现强降雨。在怀柔，当地提前开展群众转移安置工作，全区共转移群众6600多人。";
        assertEquals(Optional.of("怀柔区"), placeNameAt(story, "6600多人"));
        assertFalse(mentionedNames("北京出现强降雨。当地采取怀柔政策，转移群众6600多人。").contains("怀柔区"), "怀柔 as a word");
        assertEquals(Optional.of("湛江市"), placeNameAt("广东湛江，南部战区海军在南海，组织了实战化训练，参训舰艇20余艘。", "20余艘"),
            "a sea's name is no district's there");
    }

    @Test
    void theShanghaiCooperationOrganisationIsNoPlace() {
        String text = "上海合作组织国家博物馆藏文物联展在京开幕，展出上海合作组织成员国10家文博机构的220件文物珍品。";
        assertEquals(Optional.of("北京市"), placeNameAt(text, "10家"));
        assertTrue(mentionedNames("上海合作组织成员国10家文博机构参展。").isEmpty());
    }

    @Test
    void theWholeCountryOfAForeignScenesSentenceIsThatCountrys() {
        assertEquals(Optional.of("希腊"), placeNameAt("在希腊，当天全国各地数千名农民驾驶拖拉机来到首都。", "数千名"));
        assertEquals(Optional.of("日本"), placeNameAt("日本全国共有1700多个市町村。", "1700多个"));
        assertEquals(Optional.empty(), placeNameAt("美国宣布加征关税。全国出口下降5%。", "5%"), "a sentence of its own is China's");
        assertEquals(Optional.empty(), placeNameAt("美国对华加征关税后，全国外贸企业出口额仍增长5.6%。", "5.6%"),
            "a country that is an earlier clause's subject sets no scene");
        assertEquals(Optional.empty(), placeNameAt("在美国宣布加征关税的背景下，全国进出口总值增长5%。", "5%"), "no scene set off by a mark");
    }

    @Test
    void aTownOrSubdistrictIsFoundByTheNameItHadAsATownship() {
        String text = "纸房头乡隶属于河北省沧州市沧县，乡人民政府距沧县人民政府10千米，总面积88平方千米。";
        PlaceContext places = resolver.analyze(text, 0);
        Region town = places.placeAt(text.indexOf("88平方千米")).orElseThrow();
        assertEquals(List.of("河北省", "沧州市", "沧县", "纸房头镇"), town.path());
        assertEquals("纸房头乡", places.nameAt(town, text.indexOf("88平方千米")), "reported as the post writes it");
        assertEquals(List.of("河北省", "石家庄市", "井陉县", "吴家窑乡"), placePathAt("井陉县吴家窑乡\n总面积60平方千米。", "60平方千米"),
            "a rural township of that name is itself, beside its namesake town elsewhere");
        assertEquals(List.of("四川省", "成都市", "武侯区", "簇桥街道"), placePathAt("成都市武侯区簇桥镇\n全镇种植蔬菜3000亩。", "3000亩"),
            "a subdistrict by the town it was");
        assertEquals(Optional.of("晋城市"), placeNameAt("2023年，晋城乡村旅游接待游客1200万人次。", "1200万人次"),
            "no former name read across a city's name and 乡村");
        assertEquals(Optional.of("江西省"), placeNameAt("江西乡镇卫生院诊疗人次达3000万人次。", "3000万人次"), "nor across 乡镇");
    }

    @Test
    void theTwoCongosAreNamedWithTheirBracketsOrAsTheNewsShortensThem() {
        assertEquals(Optional.of("刚果（金）"), placeNameAt("刚果（金）卫生部说，埃博拉疫情已致131人死亡。", "131人"));
        assertEquals(Optional.of("刚果（布）"), placeNameAt("刚果（布）总统说，已有5人死亡。", "5人"));
        assertEquals(Optional.of("刚果（金）"), placeNameAt("刚果金卫生部说，冲突已致300人死亡。", "300人"));
    }

    @Test
    void mongoliaIsReportedAsChinaNamesIt() {
        assertEquals(List.of("蒙古国"), resolver.analyze("入冬以来，蒙古国牲畜死亡超过66万头。", 0).placeAt(12).orElseThrow().path());
        assertEquals(Optional.of("内蒙古自治区"), placeNameAt("入冬以来，内蒙古牲畜死亡超过66万头。", "超过66万头"));
    }

    @Test
    void autonomousAreasAndEthnicTownshipsAreAlsoWrittenWithoutTheirPeoples() {
        assertEquals(List.of("三江侗族自治县"), mentionedNames("在三江县，茶园面积20万亩。"));
        assertEquals(List.of("伊犁哈萨克自治州"), mentionedNames("伊犁州粮食产量创新高。"));
        assertEquals(List.of("黔南布依族苗族自治州"), mentionedNames("黔南州新增就业3万人。"));
        assertEquals(List.of("务川仡佬族苗族自治县"), mentionedNames("2022年务川自治县地区生产总值86.8亿元。"),
            "the whole level word kept, as communiqués write it");
        assertEquals(List.of("科尔沁右翼前旗"), mentionedNames("科右前旗超过5500户居民完成供暖改造。"), "a banner's abbreviation");
        assertEquals(List.of("土默特左旗"), mentionedNames("土左旗新建大棚30座。"));
        assertEquals(List.of("北京市", "于家务回族乡"), mentionedNames("北京于家务乡建成大棚30座。"));
        assertTrue(mentionedNames("金水镇建成大棚30座。").stream().noneMatch(n -> n.contains("族")),
            "a township that names no people keeps its name");
    }

    @Test
    void aVillageRightAfterItsCountysShortFormIsThatCountysNotANamesakes() {
        assertEquals(Optional.of("石鹰村"), placeNameAt("在浙江安吉的石鹰村，实现集体经济收入306万元。", "306万元"),
            "四川 has a 石鹰村 too");
        assertEquals(Optional.of("石鹰村"), placeNameAt("浙江安吉石鹰村实现集体经济收入306万元。", "306万元"));
    }

    @Test
    void aUniqueLongNameOfAPlaceFarFromTheSentencesPlacesIsWords() {
        String text = "安徽金寨大湾村把老宅子改造成徽式民宿，发展乡村休闲旅游，接待游客50多万人。";
        assertEquals(List.of("安徽省", "金寨县", "大湾村"), mentionedNames(text), "发展乡村 is a village of 新疆 too");
        assertEquals(Optional.of("大湾村"), placeNameAt(text, "50多万人"));
        List<PlaceMention> village = resolver.analyze("柳河县柳河镇。该公司位于柳河镇小郑家村。", 0).mentions();
        assertEquals("小郑家村 LOCALITY 220524100", village.get(village.size() - 1).region().name() + " "
            + village.get(village.size() - 1).region().level() + " " + village.get(village.size() - 1).region().code(),
            "not 山东's 小郑家村, nor one of the country's 郑家村: a village of 柳河镇 the table does not list");
        assertTrue(mentionedNames("中央财政支持建设50个国家现代农业产业园。").isEmpty(), "a township named by common nouns");
    }

    @Test
    void localPointsAtThePlaceNamedLastBeforeIt() {
        String text = "在北京，国家植物园内蜡梅盛开。在重庆江津，樱花园里8000多株樱花次第开放。当地把樱花园与茶园相结合，日均接待游客约5000人次。";
        assertEquals(Optional.of("江津区"), placeNameAt(text, "约5000人次"));
        assertEquals(Optional.of("美国"), placeNameAt("美国发生枪击事件，当地时间12日造成3人死亡。", "3人"), "当地时间 is a clock's");
    }

    @Test
    void onlyACountyOrCityBeforeANamePicksItsNamesake() {
        assertEquals(Optional.of("山东省"), placeNameAt("山东新农村建设累计投入资金120亿元。", "120亿元"),
            "新农村 is a village in six provinces, and the word here");
        assertEquals(Optional.of("江西省"), placeNameAt("江西的新建项目达120个。", "120个"), "新建 is no county after 的");
        assertEquals(Optional.of("云南省"), placeNameAt("云南的富民政策惠及群众300万人。", "300万人"));
        assertEquals(Optional.of("十八洞村"), placeNameAt("来自北京、上海的游客纷纷来到十八洞村，今年接待游客80万人次。", "80万人次"),
            "where visitors come from says nothing against the village");
        assertEquals(Optional.of("高家岭镇"), placeNameAt("高家岭镇今年种植油菜3万亩。", "3万亩"),
            "an official name outranks another township's name without its people");
        assertTrue(mentionedNames("榆林乡村民今年人均收入1.5万元。").stream().noneMatch(n -> n.equals("榆林市")), "乡 + 村民");
        assertEquals(Optional.of("浙江省"), placeNameAt("浙江乡村民宿已超过2万家。", "2万家"), "乡村民宿 is one word");
        assertEquals(Optional.of("郑各庄村"), placeNameAt("北京郑各庄村村集体收入达2亿元。", "2亿元"), "a province-level city places it");
        assertEquals(Optional.of("江苏省"), placeNameAt("江苏大力发展乡村休闲旅游，接待游客1.2亿人次。", "1.2亿人次"),
            "a province contradicts 新疆's 发展乡村");
        assertEquals(Optional.of("十八洞村"), placeNameAt("来自浏阳市的游客来到十八洞村，今年接待游客80万人次。", "80万人次"));
    }

    @Test
    void aSentenceNamingNoPlaceIsOfThePartOfTheTopicTheSentenceBeforeMovedInto() {
        assertEquals(Optional.of("里仁村"), placeNameAt("柳河镇发展特色产业。里仁村大力发展草莓产业。2020年每栋草莓大棚收入13万元以上。",
            "13万元"));
        assertEquals(Optional.of("田东县"), placeNameAt("田东县发展特色产业。广西大力发展芒果产业。2020年芒果产值达20亿元。",
            "20亿元"), "a place wider than the topic does not narrow it");
        assertEquals(Optional.of("柳河镇"), placeNameAt("柳河镇发展特色产业。长春市农户来到里仁村发展草莓产业。2020年每栋草莓大棚收入13万元以上。",
            "13万元"), "a sentence naming places apart moved into none of them");
        assertEquals(Optional.of("柳河镇"), placeNameAt("柳河镇发展特色产业。一是里仁村大力发展草莓产业。二是矿业公司投资1000万元建设选矿设施。",
            "1000万元"), "an item of a list is about a thing of its own");
        assertEquals(Optional.of("西海岸新区"), placeNameAt("第35届青岛国际啤酒节在西海岸新区开幕。本届啤酒节汇聚2300余款啤酒。",
            "2300余款"), "where the topic's sentence says it happened");
        assertEquals(Optional.of("拉萨市"), placeNameAt("第五届中国西藏旅游文化国际博览会在拉萨举行。本届藏博会以“畅游幸福新西藏·携手开创新征程”为主题，"
            + "展位面积14000平方米。", "14000平方米"), "a place in a theme's quotes names where nothing happened");
    }

    @Test
    void aSentenceNamingNoPlaceIsOfThePlaceOfTheTopicsKindTheSentenceBeforeOpenedWith() {
        assertEquals(Optional.of("陕西省"), placeNameAt("山西多地积雪深度超10厘米。陕西大部地区持续雨雪。截至今天17时，12条过境高速54个收费站入口封闭。",
            "54个"));
        assertEquals(Optional.of("山西省"), placeNameAt("山西多地积雪深度超10厘米。受陕西来的冷空气影响，降雪持续。截至今天17时，54个收费站入口封闭。",
            "54个"), "a place written inside the sentence is not its subject");
        assertEquals(Optional.of("山西省"), placeNameAt("山西多地积雪深度超10厘米。西安市交警全力除雪。截至今天17时，54个收费站入口封闭。",
            "54个"), "a city of another province is not of the topic's kind: it does not take the paragraph over");
    }

    @Test
    void aProvinceBeforeAWordForTheCountrysideIsThatProvince() {
        assertEquals(Optional.of("浙江省"), placeNameAt("“千万工程”深刻改变了浙江乡村面貌，森林覆盖率超过了61%。", "61%"));
        assertTrue(mentionedNames("新建乡镇卫生院97个。").isEmpty(), "新建 is a verb, not 新建区");
        assertEquals(Optional.of("安徽省"), placeNameAt("安徽组织农技人员加大技术指导，各级财政整合资金10亿元。", "10亿元"),
            "组织 is a verb, no village group named 安徽组");
        assertEquals(Optional.of("海南省"), placeNameAt("青海省南部的三江源国家公园。海南长臂猿种群数量恢复到7群42只。", "42只"),
            "海南 alone is the province, 海南藏族自治州 is 海南州");
    }

    @Test
    void aFirmJoinedAsAPartnerComesFromItsPlaceTheDeedIsThePlacesBefore() {
        String text = "眉县汤峪镇郝口坡村与广州某公司联合成立合作社，带动集体经济年收入45万元。";
        assertEquals(Optional.of("郝口坡村"), placeNameAt(text, "45万元"));
        assertEquals(Optional.of("广州市"), placeNameAt("广州某公司与村民签约，投资5亿元。", "5亿元"),
            "a firm naming the only place of its clause is its place");
    }

    @Test
    void aParagraphsTopicIsWhereItsFirmIsNotWhereItsNameWasRegistered() {
        String text = "柳河新方谷农业发展有限公司是现代农业企业。位于柳河县姜家店朝鲜族乡。资产总额5400万元。";
        assertEquals(Optional.of("姜家店朝鲜族乡"), placeNameAt(text, "5400万元"));
    }

    @Test
    void aFactsPlaceIsNamedAsThePostWritesItNearTheFact() {
        String text = "姜家店朝鲜族乡位于柳河县南部，耕地1.2万亩。姜家店乡建成大棚30座。该乡新增就业200人。";
        PlaceContext places = resolver.analyze(text, 0);
        Region township = places.placeAt(text.indexOf("1.2万亩")).orElseThrow();
        assertEquals("姜家店朝鲜族乡", places.nameAt(township, text.indexOf("1.2万亩")), "named in full");
        assertEquals("姜家店乡", places.nameAt(township, text.indexOf("30座")), "the post's own name for it");
        assertEquals("姜家店乡", places.nameAt(township, text.indexOf("200人")), "该乡 refers to it, naming it no new way");
        String formerArea = "新疆吐鲁番地区今年葡萄产值达6亿元。";
        PlaceContext areaPlaces = resolver.analyze(formerArea, 0);
        Region city = areaPlaces.placeAt(formerArea.indexOf("6亿元")).orElseThrow();
        assertEquals("吐鲁番市", city.name(), "a city once a 地区");
        assertEquals("吐鲁番地区", areaPlaces.nameAt(city, formerArea.indexOf("6亿元")), "named as the text writes it");
        String county = "田东县位于百色市。田东芒果产量50万吨。";
        PlaceContext countyPlaces = resolver.analyze(county, 0);
        assertEquals("田东县", countyPlaces.nameAt(countyPlaces.placeAt(county.indexOf("50万吨")).orElseThrow(),
            county.indexOf("50万吨")), "田东 is a part of the official name");
        assertEquals(List.of("姜家店朝鲜族乡"), List.of(township.path().get(township.path().size() - 1)), "the path stays official");
        String backReference = "全州县位于桂林市。全县粮食产量达30万吨。";
        PlaceContext referred = resolver.analyze(backReference, 0);
        assertEquals("全州县", referred.nameAt(referred.placeAt(backReference.indexOf("30万吨")).orElseThrow(),
            backReference.indexOf("30万吨")), "全县 refers to it: no name of its own");
        String port = "1—10月，深圳前海合作区进出口总值6124.4亿元。";
        PlaceContext portPlaces = resolver.analyze(port, 0);
        assertEquals("深圳前海合作区", portPlaces.nameAt(portPlaces.placeAt(port.indexOf("6124")).orElseThrow(), port.indexOf("6124")),
            "a township keeps the city written with it, as a locality does");
        String titled = "姜家店乡：大棚建设提速\n姜家店朝鲜族乡位于柳河县南部，建成大棚30座。";
        PlaceContext titledPlaces = resolver.analyze(titled, titled.indexOf('\n'));
        assertEquals("姜家店乡", titledPlaces.nameAt(titledPlaces.placeAt(titled.indexOf("30座")).orElseThrow(), titled.indexOf("30座")),
            "the title's name holds through the post");
    }

    @Test
    void transliteratedPlacesAbroadAfterWhereTheyLie() {
        assertAll(
            () -> assertEquals(Optional.of("汗尤尼斯"), placeNameAt("以军当天对加沙地带南部汗尤尼斯实施空袭，造成2名儿童死亡。", "2名")),
            () -> assertEquals(Optional.of("帕拉代斯"), placeNameAt("美国加利福尼亚州小镇帕拉代斯的山火已造成85人死亡。", "85人"),
                "a town's title says the name after it is a place"),
            () -> assertEquals(Optional.of("美国"), placeNameAt("美国城镇居民收入增长3%。", "3%"), "居民 is no name"),
            () -> assertEquals(Optional.of("埃尔比勒"), placeNameAt("伊拉克北部城市埃尔比勒遭导弹袭击，造成至少4人死亡。", "至少4人"),
                "a city's title says the name after it is a place; 遭 ends it"),
            () -> assertEquals(Optional.of("伊斯肯德伦"), placeNameAt("土耳其南部港口城市伊斯肯德伦发生大火，烧毁12辆汽车。", "12辆")),
            () -> assertEquals(Optional.of("美国"), placeNameAt("美国城市发展迅速，共有30个城市人口超百万。", "30个"),
                "城市 before no name is the common noun"),
            () -> assertEquals(Optional.of("迈阿密"), placeNameAt("美国和乌克兰代表团6日结束在佛罗里达州迈阿密举行的3天会谈。", "3天")),
            () -> assertEquals(Optional.of("德拉"), placeNameAt("以色列发动空袭，袭击了叙利亚德拉的两个军事地点。", "两个")),
            () -> assertEquals(Optional.of("佩里顿"), placeNameAt("美国得克萨斯州北部的佩里顿受灾严重，龙卷风摧毁了数百座房屋。", "数百座")),
            () -> assertEquals(Optional.of("塔斯马尼亚"),
                placeNameAt("澳大利亚政府官员表示，超过150头伪虎鲸在该国塔斯马尼亚的一处海滩搁浅。", "超过150头"), "该国 is the country"),
            () -> assertEquals(Optional.of("格林达维克镇"),
                placeNameAt("冰岛西南部的火山持续活跃。熔岩流入附近格林达维克镇的一个采石场。格林达维克镇约有3800名居民。", "约有3800名"),
                "a town standing alone after a place abroad"));
    }

    @Test
    void sitesAndScenesAtHome() {
        String bridge = "经港珠澳大桥口岸进出口总值突破8000亿元\n记者从拱北海关了解到，经大桥口岸进出口总值达8088.9亿元。";
        String icePark = "在哈尔滨冰雪大世界，全新打造的雪屋火锅吸引了游客，去年12月冰雪大世界开园以来已接待游客近150万人次。";
        assertAll(
            () -> assertEquals(Optional.of("加沙地带南部"), placeNameAt("加沙地带南部一所学校遭到以色列军方空袭，造成29人死亡。", "29人"),
                "the agent of a passive acted on the place"),
            () -> assertEquals(Optional.of("伊拉克"),
                placeNameAt("伊拉克库尔德自治区安全部门16日称，库区首府埃尔比勒遭伊朗导弹袭击，造成至少4人死亡。", "至少4人"),
                "the reporter's place before the agent's, when the sentence names no other"),
            () -> assertEquals(Optional.of("陶溪川文创区"),
                placeNameAt("景德镇的城市更新也覆盖了老厂区的改造，占地2平方公里的陶溪川文创区就是从改造老瓷厂的22栋厂房开始。", "22栋")),
            () -> assertEquals(Optional.of("哈尔滨冰雪大世界"), placeNameAt(icePark, "近150万"), "a date's word is no part of a name"),
            () -> assertEquals(Optional.of("港珠澳大桥口岸"), titledPlaceNameAt(bridge, "8088.9亿元"), "a later short form of a site"),
            () -> assertEquals(Optional.of("崇州国家现代农业产业园"), placeNameAt("在四川崇州国家现代农业产业园，10台收割机在田间同时作业。", "10台")),
            () -> assertEquals(Optional.of("北京市"), placeNameAt("北京科技大学、中南大学等50多所钢铁背景高校参加。", "50多所"),
                "a zone's title words make no university a zone"),
            () -> assertEquals(Optional.of("孤山子镇"), placeNameAt("一是柳河县七棵树矿业有限公司投资5000万元，在孤山子镇新建选矿厂。", "5000万元"),
                "a firm spends where it builds"),
            () -> assertEquals(Optional.of("海南热带雨林国家公园"), placeNameAt("在海南热带雨林国家公园，海南长臂猿种群数量恢复到7群42只。", "42只"),
                "the scene, not the wider place a name holds"));
    }

    @Test
    void placelessFactsOfAnEventOrAStoryTakeItsPlace() {
        String games = "杭州亚残运会28日晚在杭州圆满闭幕。\n中国践行办赛理念。中国体育代表团获得214枚金牌，名列亚残运会金牌榜首位。";
        String olympics = "巴黎奥运会乒乓球男子团体决赛今天举行。女子曲棍球决赛，中国队时隔16年再次收获一枚银牌，追平奥运会历史最佳战绩。";
        String story = "今年9月5日，泸定县磨西镇通往外界的唯一通道被阻断。\n突击队20名党员立下军令状。";
        String national = "今年，延安苹果产业发展良好。\n今年，中央财政下达补助资金1650亿元。";
        String column = "【领航中国】固本强基\n今年9月5日，泸定县磨西镇通往外界的唯一通道被阻断。\n突击队20名党员立下军令状。";
        assertAll(
            () -> assertEquals(Optional.of("杭州市"), placeNameAt(games, "214枚"), "the host of the games"),
            () -> assertEquals(Optional.of("巴黎"), placeNameAt(olympics, "16年"), "the host of the Olympics"),
            () -> assertEquals(Optional.of("泸定县"), placeNameAt(story, "20名"), "the story's place"),
            () -> assertEquals(Optional.empty(), placeNameAt(national, "1650亿元"), "the central authorities act nationally"),
            () -> assertEquals(Optional.of("泸定县"), titledPlaceNameAt(column, "20名"), "a column's name is no national scope"),
            () -> assertEquals(Optional.of("格林达维克镇"), placeNameAt("冰岛西南部格林达维克镇约有3800名居民，距离首都雷克雅未克约50公里。", "约50公里"),
                "a distance's point of reference with its title"));
    }

    @Test
    void aShortNameTheWordsOfTheTextCutIsNoPlace() {
        assertAll(
            () -> assertEquals(Optional.of("红石镇"), placeNameAt("红石镇位于柳河县。镇域红石河为三统河源头，全长19.9公里。", "19.9公里"),
                "河源 in 河源头"),
            () -> assertEquals(Optional.empty(), placeNameAt("拱北海关今年监管进出境旅客3000万人次。", "3000万"), "北海 in 拱北海关"),
            () -> assertEquals(Optional.of("河南省"), placeNameAt("河南省近期下达资金5.2亿元，支持各地病虫害防控和田间管理。", "5.2亿元"),
                "和田 in 和田间"),
            () -> assertEquals(Optional.of("于都县"), placeNameAt("江西于都是中央红军长征出发地，全县有30万人。", "30万人"),
                "a function word after a name makes no word with it"));
    }

    @Test
    void partsOfAPlaceWrittenAfterIt() {
        assertAll(
            () -> assertEquals(Optional.of("贝鲁特南郊"), placeNameAt("以色列20日对黎首都贝鲁特南郊的导弹袭击造成的死亡人数已上升到45人。", "45人")),
            () -> assertEquals(Optional.of("黄淮及以南地区"), placeNameAt("从明天到3月2日，黄淮及以南地区将有两次大范围降水过程。", "两次")),
            () -> assertEquals(Optional.of("台岛北部"), placeNameAt("火箭炮分队对台岛北部海域发射数十枚火箭弹。", "数十枚")));
    }

    @Test
    void hamletsCountiesInAppositionAndCountedCities() {
        String hamlet = "家住定南县老城镇上洲村上屋组村民黄文河感激地说。原来，上屋组地处偏僻，只有9户人家。";
        String located = "京几屯位于姜家店朝鲜族乡五星村，是历史悠久的朝鲜族村落。目前已投资200万元。乡政府新建京几屯水泥路1公里。";
        assertAll(
            () -> assertEquals(Optional.of("扶沟县"), placeNameAt(
                "河南周口有8个重点水利工程开工建设，农业大县扶沟积极实施连通工程，目前已疏浚沟渠1000多公里。", "1000多公里")),
            () -> assertEquals(Optional.of("上屋组"), placeNameAt(hamlet, "9户"), "a villagers' group after its village"),
            () -> assertEquals(Optional.of("京几屯"), placeNameAt(located, "200万元"), "a hamlet said to lie in a village"),
            () -> assertEquals(Optional.of("京几屯"), placeNameAt(located, "1公里"), "and named again"),
            () -> assertEquals(Optional.of("西南地区"), placeNameAt("届时西南地区货物经平陆运河出海，里程将缩短约560公里。", "约560公里"),
                "a canal named by a county's short form is no county"),
            () -> assertEquals(Optional.of("粤港澳大湾区内地9市"), placeNameAt("今年上半年，粤港澳大湾区内地9市进出口4.38万亿元。", "4.38万亿元")),
            () -> assertEquals(Optional.of("禾木村"), placeNameAt("将阿勒泰市与“童话雪乡”禾木村的车程从6小时缩短至3小时。", "6小时"),
                "a village with few namesakes stays"));
    }

    @Test
    void wordsPeopleAndBodiesAfterACountryAreNoPlacesInIt() {
        assertAll(
            () -> assertEquals(Optional.of("加拿大"), placeNameAt("加拿大森林大火已烧毁6.1万平方公里。", "6.1万")),
            () -> assertEquals(Optional.of("乌克兰"), placeNameAt("乌克兰方面22日称，击退进攻28次。", "28次")),
            () -> assertEquals(Optional.of("美国"), placeNameAt("美国特朗普政府宣布对50个国家加征关税。", "50个")),
            () -> assertEquals(Optional.of("德国"), placeNameAt("德国默克尔执政16年。", "16年")),
            () -> assertEquals(Optional.of("伊朗"), placeNameAt("伊朗伊斯兰革命卫队缴获2600件武器。", "2600件")),
            () -> assertEquals(Optional.of("美国"), placeNameAt("美国特朗普的关税政策使进口下降5%。", "5%")),
            () -> assertEquals(Optional.of("俄罗斯"), placeNameAt("俄罗斯普京的支持率达到80%。", "80%")));
    }

    @Test
    void divisionsOfAForeignCountryNamedBefore() {
        String text = "土耳其地震重灾区损毁严重。12日，在震中所在的卡赫拉曼马拉什省，一名儿童在被困超过150个小时后获救。";
        assertEquals(Optional.of("卡赫拉曼马拉什省"), placeNameAt(text, "150个"));
        assertEquals(Optional.of("魁北克省"), placeNameAt("加拿大东南部魁北克省山火过火面积达50万公顷。", "50万"));
        assertEquals(Optional.of("日本"), placeNameAt("日本国土交通省说，已有300人撤离。", "300人"), "Japan's 省 are ministries");
        assertEquals(Optional.of("叙利亚"), placeNameAt("叙利亚政府在受灾省份开设275个避难所。", "275个"));
        assertEquals(Optional.of("俄罗斯"), placeNameAt("俄罗斯国防部称，在库尔斯克州、雅罗斯拉夫尔州等地上空摧毁了32架无人机。", "32架"),
                "divisions listed together share their country");
    }

    @Test
    void countiesAndPrefecturesOfAForeignCountryToo() {
        assertEquals(Optional.of("熊本县"), placeNameAt("据日本媒体报道，熊本县28日发生的地震已导致14人死亡。", "14人"));
        assertEquals(Optional.of("岐阜县"), placeNameAt("日本中部地区岐阜县确认一起禽流感疫情，将扑杀约2万只鸡。", "2万只"));
        assertEquals(Optional.of("熊本县"), placeNameAt("日本熊本县发生地震。另据报道，地震还造成熊本县4人下落不明。", "4人"),
                "a name found before bounds a later one");
    }

    @Test
    void aCountrysNameBeginningADivisionNameIsNotThatCountry() {
        String text = "美国田纳西州马里恩县一栋房屋内发生枪击，3名儿童死亡。";
        assertEquals(Optional.of("马里恩县"), placeNameAt(text, "3名"));
        assertTrue(mentionedNames("美国马里兰州、弗吉尼亚州遭遇暴风雪。").stream().noneMatch("马里"::equals));
        assertEquals(Optional.of("新墨西哥州"), placeNameAt("美国多地发生枪击。同一天，新墨西哥州一处基地发生枪击，造成2人死亡。", "2人"),
            "新墨西哥州 is a state, not 墨西哥");
        assertEquals(Optional.of("马里"), placeNameAt("马里政府宣布，已有300人撤离。", "300人"));
    }

    @Test
    void aPartOfACountryOrProvinceNamedByItsDirectionIsALocalityOfIt() {
        Region part = resolver.analyze("受暴风雪影响，美国东北部地区近45万户停电。", 0).placeAt(16).orElseThrow();
        assertEquals("美国东北部地区", part.name());
        assertEquals(List.of("美国", "美国东北部地区"), part.path());
        assertEquals(Optional.of("广西壮族自治区"), placeNameAt("广西北部湾经济区生产总值增长5%。", "5%"), "北部湾 is a gulf");
        assertEquals(Optional.of("南部县"), placeNameAt("四川南部县有企业3家。", "3家"), "南部 begins a county's name");
        assertEquals(Optional.of("美国东北部"), placeNameAt("暴风雪肆虐美东北部，近45万户停电。", "45万户"),
            "a country written short is named in full");
        assertEquals(Optional.of("法国本土"), placeNameAt("法国本土的13个大区均有地区达到干旱级别。", "13个"), "a home territory");
        assertEquals(Optional.of("美国"), placeNameAt("美国本土企业增加了20家。", "20家"), "本土企业 are local firms");
    }

    @Test
    void countriesByTheirShortNamesAndTerritoriesByTheirRegion() {
        assertEquals(Optional.of("加沙地带"), placeNameAt("以军对加沙地带的袭击造成至少31人死亡。", "31人"));
        assertEquals(List.of("巴勒斯坦", "加沙地带"), resolver.analyze("加沙地带已有33辆援助车辆进入。", 0).placeAt(9).orElseThrow().path());
        assertEquals(Optional.of("沙特阿拉伯"), placeNameAt("沙特方面宣布释放104名被俘人员。", "104名"));
        assertEquals(Optional.of("阿拉伯联合酋长国"), placeNameAt("阿联酋石油产量增长5%。", "5%"));
    }

    @Test
    void aCitysReportBreaksItsFiguresDownByItsParts() {
        String text = "大庆市统计公报\n大庆市全年学前教育发展良好。市区有学前教育机构300所；四县有学前教育机构265所。";
        PlaceContext places = resolver.analyze(text, text.indexOf('\n'));
        Region urban = places.placeAt(text.indexOf("300所")).orElseThrow();
        assertEquals("市区", urban.name());
        assertEquals(List.of("黑龙江省", "大庆市", "市区"), urban.path());
        assertEquals(Optional.of("四县"), places.placeAt(text.indexOf("265所")).map(Region::name));
        assertEquals(Optional.of("大庆市"), placeNameAt("大庆市统计公报\n全市市区县共有学校300所。", "300所"), "市区县 is no part");
        String county = "田东县统计公报\n田东县全年发展良好。五县市合计人口100万人。";
        assertEquals(Optional.of("田东县"), resolver.analyze(county, county.indexOf('\n')).placeAt(county.indexOf("100万"))
                .map(Region::name), "a county has no counties");
    }

    @Test
    void aComparisonsBaseIsNotTheFactsPlace() {
        String text = "大庆市上半年情况\n全市工业经济效益综合指数为476.9点，比全省平均水平高出100点，增速高于全国2.1个百分点。";
        PlaceContext places = resolver.analyze(text, text.indexOf('\n'));
        assertEquals(Optional.of("大庆市"), places.placeAt(text.indexOf("100点")).map(Region::name));
        assertEquals(Optional.of("大庆市"), places.placeAt(text.indexOf("2.1个")).map(Region::name));
        assertEquals(Optional.empty(), placeNameAt("全国规模以上工业增加值增长5%。", "5%"), "the nation itself stays national");
        assertEquals(Optional.empty(), placeNameAt("油田作业范围5300多平方公里，相当于北京三分之一的面积。", "5300多平方公里"),
            "a place as a yardstick is no place of the fact");
    }

    @Test
    void aTownshipNamedByACommonNounIsNoPlaceOnItsOwn() {
        assertEquals(Optional.of("鄂州市"), placeNameAt("湖北鄂州的一个经济技术开发区，园区里有70%的企业以武汉命名。", "70%"));
        assertTrue(PlaceLexicon.isCommonNoun("第二良种场"));
        assertTrue(!PlaceLexicon.isCommonNoun("雨花经济开发区"), "a proper name leads it");
    }

    @Test
    void aTownshipNoOtherPlaceBearsIsNamedByItsThreeCharactersWithItsSuffix() {
        assertEquals(Optional.of("木棠镇"), placeNameAt("木棠镇下辖25个村委会，全镇13951户68202人。", "68202人"));
        assertEquals(Optional.empty(), placeNameAt("全州城镇居民人均可支配收入达到3.5万元。", "3.5万元"), "城镇 is a word, 州城镇 no town");
        assertEquals(Optional.empty(), placeNameAt("今年新建城镇保障性住房2万套。", "2万套"));
        assertEquals(Optional.empty(), placeNameAt("苹果村、木耳乡、黄花镇等特色产业模式不断兴起，带动12万人增收。", "12万人"),
            "a product before the suffix names a kind of town, though a township 木耳乡 exists");
    }

    @Test
    void aNameJoinedToANameBeforeItIsReadThoughTheJoinerAndItsFirstCharacterMakeAWord() {
        assertEquals(List.of("珠海市", "江门市"), mentionedNames("连接珠海和江门。"), "和江 is no word here");
        assertEquals(Optional.of("广东省"), placeNameAt("黄茅海跨海通道全长约31公里，连接广东珠海和江门，设计时速100公里。", "100公里"));
    }

    @Test
    void theTimeOfAWayBetweenTwoPlacesIsOfThePlaceHoldingBoth() {
        assertEquals(Optional.of("广东省"), placeNameAt("驾车从珠海到江门的时间将缩短约30分钟。", "约30分钟"));
        assertEquals(Optional.empty(), placeNameAt("从北京到上海的时间缩短约30分钟。", "约30分钟"), "no province holds both");
        assertEquals(Optional.of("广东省"), placeNameAt("从河南到广东务工的农民工达到300万人。", "300万人"), "where they go to work");
    }

    @Test
    void aGuestOfHonourAtAFairTakesPartThereAsThoseComingFromElsewhereDo() {
        String text = "第三十届北京国际图书博览会在北京国家会议中心开幕。\n沙特阿拉伯王国担任主宾国，来自71个国家和地区的1600家展商参展。";
        assertEquals(Optional.of("北京市"), placeNameAt(text, "1600家"));
        assertEquals(Optional.of("上海市"), placeNameAt("本届在上海举办的进博会由意大利担任主宾国，累计意向成交784.1亿美元。", "784.1亿美元"),
            "the venue named in the guest's clause stays");
        assertEquals(Optional.of("南宁市"), placeNameAt("广东省作为主宾省参加在南宁举办的东盟博览会，签约项目30个。", "30个"));
    }

    @Test
    void theLengthOfAnEventIsOfThePlaceItIsHeldIn() {
        assertEquals(Optional.of("上海市"), placeNameAt("为期两天的2024陆家嘴论坛今天（6月19日）在上海举行。", "两天"));
        assertEquals(Optional.empty(), placeNameAt("为期两年的项目将资助在美国学习的中国学生。", "两年"), "held nowhere it says");
    }

    @Test
    void aFirmNamedLikeAPlaceIsNoPlace() {
        assertTrue(mentionedNames("阿里巴巴跌5%，阿里健康跌1%。").isEmpty(), "阿里 of 阿里巴巴 is not 阿里地区");
        assertEquals(List.of("阿里地区"), mentionedNames("西藏阿里地区发生地震。").subList(1, 2));
    }

    @Test
    void hongKongMacaoAndTaiwanArePlacesWithTheirNationalCodes() {
        assertEquals(Optional.of("香港特别行政区"), placeNameAt("香港今年发行国债90亿元。", "90亿元"));
        assertEquals("82", resolver.analyze("澳门接待旅客155.4万人次。", 0).placeAt(6).orElseThrow().code());
        assertEquals(Optional.of("台湾省"), placeNameAt("台湾地区出口增长5%。", "5%"));
        assertEquals(Optional.of("厦门市"), placeNameAt("厦门市今年接待台湾同胞3万人次。", "3万"), "compatriots are a people");
    }

    @Test
    void aFirmIntroducedWithItsSeatStandsForItLater() {
        String text = "浙江民营经济\n前不久，位于杭州的传化集团工厂开工建设。\n为此，传化集团今年多投入52%的资金，传化新增专利150多件。";
        assertEquals(Optional.of("杭州市"), placeNameAt(text, "52%"));
        assertEquals(Optional.of("杭州市"), placeNameAt(text, "150多件"), "its name without the suffix too");
        assertEquals(Optional.empty(), placeNameAt("位于深圳的科技公司发布新品。\n全国科技投入增长10%。", "10%"),
                "a kind of firm is no name");
    }

    @Test
    void aDomesticPlaceEndingAForeignDivisionsNameIsNoPlace() {
        String text = "29日，美国多地发生枪击事件。佛罗里达州坦帕地区的枪击事件造成2人死亡。";
        assertEquals(Optional.of("坦帕地区"), placeNameAt(text, "2人"), "达州 of 佛罗里达州 is not 四川达州市; 坦帕地区 lies in 佛罗里达州");
        assertEquals(Optional.of("达州市"), placeNameAt("美国游客在四川达州参观，2人受伤。", "2人"), "a place beginning the name stays");
        assertEquals(Optional.of("安吉县"), placeNameAt("美国客商考察安吉县，签约3个项目。", "3个"), "an official name stays");
        assertEquals(Optional.of("广州市"), placeNameAt("美国官员访问广州，签署3项协议。", "3项"), "a verb is in no name");
    }

    @Test
    void aCompanyNamedAfterTheCountyOfTheDominantPlaceWorksThere() {
        String text = "孤山子镇\n孤山子镇位于柳河县东部。\n柳河县金田选矿有限公司投资500万元，更新选矿设备10台。";
        PlaceContext places = resolver.analyze(text, text.indexOf('\n'));
        assertEquals(Optional.of("孤山子镇"), places.placeAt(text.indexOf("500万元")).map(Region::name));
        assertEquals(Optional.of("北京市"), placeNameAt("北京市珐琅厂年产景泰蓝3000件。", "3000件"), "without a place inside it");
    }

    @Test
    void backReferencesPointAtTheLatestPlaceOfTheirKind() {
        String text = "田东县印茶镇立新村发展百香果产业。2021年该村集体经济收入达23.3万元，该县总收入达2026.55万元。";
        assertEquals(Optional.of("立新村"), placeNameAt(text, "23.3万元"));
        assertEquals(Optional.of("田东县"), placeNameAt(text, "2026.55万元"));
    }

    @Test
    void foreignCitiesComeFromTheTimeZoneDatabasesExemplarCities() {
        String sofia = "22日，保加利亚在野党复兴党上千名成员在首都索非亚举行抗议活动。当天，抗议人群与警方发生冲突，6人被逮捕。";
        Region city = resolver.analyze(sofia, 0).placeAt(sofia.indexOf("6人")).orElseThrow();
        assertEquals("索非亚", city.name());
        assertEquals(List.of("保加利亚", "索非亚"), city.path());
        assertEquals("BG", city.code());
        assertEquals(Optional.of("弗吉尼亚比奇市"),
            placeNameAt("据美国弗吉尼亚州弗吉尼亚比奇市警方22日发布的消息，该市21日发生一起枪击事件，3人死亡。", "3人"),
            "a foreign city written with 市 in a story naming its country");
        assertEquals(Optional.of("莫斯科州"), placeNameAt("据俄罗斯莫斯科州卫生部门消息，袭击导致超过140人受伤。", "140人"),
            "莫斯科 begins the name of its region");
        assertTrue(mentionedNames("展会内容包罗万象，吸引观众3万人次。").isEmpty(), "万象 without 老挝 is a word");
        assertTrue(mentionedNames("美国股市全面下跌，各大城市房价上涨5%。").stream().allMatch("美国"::equals));
        assertTrue(mentionedNames("美国经济放缓。今年全市实现产值5亿元。").stream().allMatch("美国"::equals), "全市 is no city abroad");
    }

    @Test
    void foreignCountriesComeFromTheJdk() {
        Region germany = resolver.analyze("德国7月通胀率为2.3%。", 0).placeAt(5).orElseThrow();
        assertEquals(new Region("DE", "德国", RegionLevel.COUNTRY, List.of("德国")), germany);
        assertEquals(List.of("美国", "日本"), mentionedNames("美国和日本的出口下降。"));
    }

    @Test
    void noPlacesInsideOrdinaryWords() {
        assertTrue(mentionedNames("驻村工作队员与村民同吃同住，和村干部一起走访。").isEmpty());
        assertTrue(mentionedNames("34个村获评44面“红旗村”。").isEmpty());
        assertTrue(mentionedNames("考察队抵达中山站附近海域。").isEmpty(), "中山站 is not 中山市");
        assertTrue(mentionedNames("实施贺兰山东麓荒漠系统提升工程。").isEmpty(), "贺兰山东麓 is no 山东");
        assertTrue(mentionedNames("黄河南岸的滩区迁建完成。").isEmpty(), "黄河南岸 is no 河南");
        assertTrue(mentionedNames("姜家村建有休闲山庄。平均日照时数为7小时。").stream().noneMatch("日照市"::equals),
                "namesake villages of 日照 (姜家村, 山庄) are no evidence for 日照 in 日照时数");
    }

    @Test
    void villageNamesNeedAnAncestorInTheText() {
        assertTrue(mentionedNames("立新村发展百香果产业。").isEmpty(), "立新村 exists in many provinces");
        assertEquals(List.of("平马镇", "四平村"), mentionedNames("田东县平马镇四平村推进示范村创建。").subList(1, 3));
    }

    @Test
    void nationalStatementsHaveNoRegion() {
        assertEquals(Optional.empty(), placeNameAt("全国农村公路总里程达460万公里。", "460万"));
        assertEquals(Optional.empty(), placeNameAt("我国农业科技进步贡献率达到61%。", "61%"));
        assertEquals(Optional.empty(), placeNameAt("中国经济增长5%。", "5%"));
        assertEquals(Optional.of("杭州市"), placeNameAt("第五届中国歌剧节在杭州亮相，24部中国优秀歌剧作品将集中演出48场。", "48场"),
                "中国 after a count describes what is counted");
        assertEquals(Optional.of("湖南省"), placeNameAt("湖南省共有51个贫困县，其中国家级贫困县40个。", "40个"), "其中 before 国家级: no 中国");
    }

    @Test
    void placesListedTogetherShareOnlyTheirCommonAncestor() {
        assertEquals(Optional.empty(), placeNameAt("湖北、河南、重庆等地销售额均实现同比20%左右的增长。", "20%"));
        assertEquals(Optional.of("上海市"), placeNameAt("上海全市线下线上消费额达到589.4亿元。", "589.4"));
    }

    @Test
    void neighboursAndDistancesAreNotWhatFactsAreAbout() {
        String text = "时家店乡\n时家店乡位于柳河县东部，距县城30公里。东临姜家店朝鲜族乡，南临孤山子镇、驼腰岭镇。幅员面积110.1平方公里。全乡共有8个行政村。";
        PlaceContext places = resolver.analyze(text, 4);
        assertEquals("时家店乡", places.placeAt(text.indexOf("30公里")).orElseThrow().name());
        assertEquals("时家店乡", places.placeAt(text.indexOf("110.1")).orElseThrow().name());
        assertEquals("时家店乡", places.placeAt(text.indexOf("8个")).orElseThrow().name());
    }

    @Test
    void aPlaceInAFrameOfWhoHelpedIsNoPlaceOfWhatGrew() {
        String text = "近日，兴国县方太乡宝石村曾昭礼的蔬菜基地里一片繁忙。在该县扶贫资金的帮助下，蔬菜基地已发展到100多亩。";
        assertEquals(Optional.of("宝石村"), placeNameAt(text, "100多亩"));
        assertEquals(Optional.empty(), placeNameAt("在上海市的支持下，新建大棚30座。", "30座"));
        assertEquals(Optional.of("上海市"), placeNameAt("在上海市，新建大棚30座。", "30座"), "a scene, no frame");
    }

    @Test
    void aDistancesPointWrittenAfterItsProvinceIsAPointOfReferenceToo() {
        String text = "八面城村位于昌图县北部，距昌城70公里，距吉林省四平市25公里，全村有黑色路面3公里。";
        assertEquals(Optional.of("八面城村"), placeNameAt(text, "25公里"));
    }

    @Test
    void placesJoinedAsNeighboursAreNoPlaceOfTheProfile() {
        String text = "三川镇位于永胜县北部，东与永北镇相邻，西与顺州乡毗邻，北与光华乡相连。面积260.2平方千米，人口16494户。";
        assertEquals(Optional.of("三川镇"), placeNameAt(text, "16494户"));
    }

    @Test
    void placesListedAsTheHomesOfBuyersAreNoPlaceOfTheFact() {
        String text = "句容市后白镇西冯村种植草坪。草坪赢得了福建、湖南、山东、云南等地的买家认可，实现销售纯利润30余万元。";
        assertEquals(Optional.of("西冯村"), placeNameAt(text, "30余万元"));
        assertEquals(Optional.of("福建省"), placeNameAt("福建等地新建大棚30座。", "30座"), "a list of scenes, no buyers");
        assertEquals(Optional.of("海南省"), placeNameAt("国庆假期，三亚、海口等地游客接待量同比增长35%。", "35%"), "the places' own visitors");
    }

    @Test
    void aPlaceInAFrameOfWhenSomeoneWorkedThereIsNoPlaceOfTheDeed() {
        String text = "作为厦门最偏远的行政村之一，军营村现在是远近闻名的茶叶园。为此，习近平同志在福建工作期间先后两次深入军营村调研。";
        assertEquals(Optional.of("军营村"), placeNameAt(text, "两次"));
        assertEquals(Optional.of("福建省"), placeNameAt("在福建举办期间，共接待游客30万人次。", "30万人次"), "an event held there");
    }

    @Test
    void placesNamedAsBoundariesAreNeighbours() {
        String text = "该乡位于岫岩满族自治县的最北部，北以湾水岭、韩家岭与辽阳县为界；东至五砬山与三家子镇相接；西至大岭与海城市毗连。"
            + "总面积为220平方公里。";
        assertEquals(Optional.of("岫岩满族自治县"), placeNameAt(text, "220平方公里"));
    }

    @Test
    void villageAndCountyWordsPointAtTheLatestOfTheirKind() {
        String text = "在山西大同市云州区唐家堡村，黄花种植面积4200亩。在新疆喀什阿亚格曼干村，当地建设了600亩玫瑰花种植基地。"
            + "今年，村里还将新建20座智能温室大棚。";
        assertEquals(Optional.of("阿亚格曼干村"), placeNameAt(text, "20座"));
        assertEquals(Optional.empty(), placeNameAt("农村里新建20座大棚。", "20座"), "农村里 is the countryside");
    }

    @Test
    void aPlaceAFactDescribesFollowsItBehindDe() {
        assertEquals(Optional.of("太仓市"), placeNameAt("在集聚了560多家德资企业的江苏太仓，这家企业订单饱满。", "560多家"));
    }

    @Test
    void destinationsAreNotWhereFactsHappen() {
        String text = "柳河县亨通镇\n亨通镇是商品粮食基地，生产大量优质玉米，外销大连、营口等地现有成果3000余亩。";
        assertEquals(Optional.of("亨通镇"), resolver.analyze(text, 6).placeAt(text.indexOf("3000余亩")).map(Region::name));
    }

    @Test
    void aMeetingHostedInJingOrHuIsInBeijingOrShanghai() {
        assertEquals(Optional.of("北京市"), titledPlaceNameAt("世界数字教育大会今天在京开幕\n全球超过130个国家和地区的代表注册参会。",
            "超过130个"));
        assertEquals(Optional.empty(), placeNameAt("在京杭大运河沿线，补水量达5亿立方米。", "5亿"), "京 of another name");
        assertEquals(Optional.of("上海市"), titledPlaceNameAt("进博会在沪隆重开幕\n共有3400多家企业参展。", "3400"));
        assertEquals(Optional.of("黑龙江省"), placeNameAt("黑龙江省招商推介会在沪举行，签约金额560亿元。", "560亿"),
            "the province's figures, not the host city's");
    }

    @Test
    void aCountryWrittenByOneCharacterBeforeItsStateOrMarketIsNamed() {
        assertEquals(Optional.of("美国"), placeNameAt("美战略石油储备不足3亿桶，创43年来新低。", "不足3亿桶"));
        assertEquals(Optional.of("美国"), titledPlaceNameAt("盘点55家今年上市的美股科技公司\n只有1家未处于熊市区间。", "1家"));
        assertEquals(Optional.of("英国"), placeNameAt("英央行宣布加息25个基点。", "25个基点"));
        assertEquals(Optional.of("俄罗斯"), placeNameAt("俄国防部称，在俄境内拦截了两枚英国制造的巡航导弹。", "两枚"),
            "the country's territory");
        assertEquals(Optional.empty(), placeNameAt("北美股市今年上涨了20%。", "20%"), "北美 is no country");
        assertEquals(Optional.empty(), placeNameAt("华美股份今年营收增长了20%。", "20%"), "股份 is a firm's");
        assertEquals(Optional.empty(), placeNameAt("俄美总统会晤持续了2小时。", "2小时"), "a pair of countries");
    }

    @Test
    void aRecipientIsNotWhereTheGiftIsCounted() {
        assertEquals(Optional.of("美国"), placeNameAt("美国政府当天宣称，将再向乌克兰提供18.5亿美元的军事支持。", "18.5亿"));
        assertEquals(Optional.of("乌克兰"), placeNameAt("俄军向乌克兰发射了30多枚导弹。", "30多枚"), "a target is no recipient");
    }

    @Test
    void aPlaceInABracketedAsideIsNotThePlaceOfFactsAfterIt() {
        String text = "采胜街道水利资源十分充沛。境内有小二型水库1座（柳南乡柞木村水库总库容量31.68万立方米，库区周长2公里），大小塘坝10个。";
        assertEquals(Optional.of("采胜街道"), placeNameAt(text, "10个"));
        assertEquals(Optional.of("柞木村水库"), placeNameAt(text, "31.68万"));
        assertEquals(Optional.of("银川市"), placeNameAt("银川市（不含金凤区）投资下降0.5%。", "0.5%"), "an exclusion");
        String counted = "柳河县红石镇有小一型水库1座（和平水库），小二型水库3座（三合、泰来水库），拦河坝13座。";
        assertEquals(Optional.of("红石镇"), placeNameAt(counted, "13座"), "the things counted, a list");
        assertEquals(Optional.of("厦门市"), placeNameAt("厦金大桥（厦门段）全长19.6公里。", "19.6公里"),
                "a place that qualifies a name is no aside");
    }

    @Test
    void aParagraphWalkingFromSceneToSceneIsAboutTheSceneItReached() {
        String text = "标题\n眼下，各地陆续迎来赏花期。在北京，国家植物园内的蜡梅相映成趣。在湖北武汉，梅花进入盛花期。"
            + "在重庆江津，樱花园里8000多株樱花次第开放。2025年，游客量预计超过35万人次。";
        assertEquals(Optional.of("江津区"), placeNameAt(text, "35万"));
        String topic = "标题\n田东县大力发展芒果产业。全县芒果种植面积达40万亩。平马镇四平村建成芒果基地一个。全县芒果产值达20亿元。";
        assertEquals(Optional.of("田东县"), placeNameAt(topic, "20亿元"), "a place named in passing opens no scene");
        String visitors = "标题\n在北京，故宫等景区游客络绎不绝。在重庆江津，不少游客从成都赶来。预计接待游客100万人次。";
        assertEquals(Optional.of("江津区"), placeNameAt(visitors, "100万"), "the scene's place, not one named later in it");
        String province = "标题\n黑龙江省全力抓好秋粮收购。在哈尔滨，粮库门前排起长队。截至目前，已累计收购粮食2000万吨。";
        assertEquals(Optional.of("黑龙江省"), placeNameAt(province, "2000万"), "a city of the topic's province is an example");
        String rescue = "标题\n湖北省气象局启动三级应急响应。在荆门沙洋县纪山镇，一处居民楼被淹，有位老人被困家中。"
            + "经过一个多小时的救援，被困老人被安全转移出来。";
        assertEquals(Optional.of("纪山镇"), placeNameAt(rescue, "一个多小时"), "the story goes on at the scene");
    }

    @Test
    void placesGivenAsExamplesOfWhatIsCountedAreNotTheFactsPlace() {
        assertEquals(Optional.of("天津港"), placeNameAt("天津港新增业务量较大的南非、地中海等7条国际航线。", "7条"));
        assertEquals(Optional.of("郑州机场"), placeNameAt("郑州机场开通至德国、美国等12条国际货运航线。", "12条"));
        assertEquals(Optional.of("定南县"), placeNameAt("定南县实施了县城管网延伸至天九镇、鹅公镇集中供水工程、县城管网延伸至老城镇等7项农饮工程。", "7项"));
        assertEquals(Optional.of("德国"), placeNameAt("德国杜塞尔多夫、汉堡、科隆等多个机场的工作人员举行两天罢工。", "两天"),
            "the country the listed airports lie in");
        assertEquals(Optional.of("四川省"), placeNameAt("四川省组建了省直单位、专家学者等17个省级宣讲团。", "17个"), "the doer");
        assertEquals(Optional.empty(), placeNameAt("北京大兴、上海浦东、广州白云等10个机场旅客吞吐量超过3000万人次。", "3000万"),
            "a first item's city is an example too when the others lie elsewhere");
        assertEquals(Optional.of("广西壮族自治区"), placeNameAt("广西南宁、柳州等地重点零售业销售额均实现同比增长20%。", "20%"),
            "no count: the places of 等地 are where the fact holds");
    }

    @Test
    void aVillageWithNamesakesInTheProvinceBeforeItIsThatVillageInTheProvince() {
        String text = "在安徽小岗村“改革大道”的两侧，200多亩试验田里的水稻正在拔节生长。小岗村土地流转面积超过七成。";
        assertEquals(Optional.of("小岗村"), placeNameAt(text, "200多亩"));
        assertEquals(Optional.of("小岗村"), placeNameAt(text, "七成"), "the same village named alone later");
        assertEquals(Optional.of("山东省"), placeNameAt("山东新农村建设投入10亿元。", "10亿元"), "a kind of village");
    }

    @Test
    void aTownshipTheStoryGoesToAndNamesAgainWithoutItsSuffixIsThatTownship() {
        String text = "标题\n丹灶是广东佛山的一个小镇，全国近两成的五金产品都出自这里。\n走进丹灶小镇，6个氢气瓶装满可以跑三四百公里。"
            + "\n基地在丹灶投产。目前丹灶项目计划投资规模超400亿元。";
        assertEquals(Optional.of("丹灶镇"), placeNameAt(text, "400亿元"));
        String word = "标题\n大同黄花陆续进入采摘期。全市黄花种植面积达26万亩，年产黄花预计超3000吨，黄花产业总产值42亿元。";
        assertTrue(placeNameAt(word, "42亿元").filter("黄花乡"::equals).isEmpty(), "a crop the story never goes to");
        String dictionary = "标题\n广西百色市大力弘扬长征精神。在长征路上，长征故事代代相传，长征文化公园接待游客10万人次。";
        assertTrue(placeNameAt(dictionary, "10万").filter(n -> n.startsWith("长征")).isEmpty(), "a word of the dictionary");
    }

    @Test
    void theCountedSubjectIsWhereALocativeRightAfterItPutsIt() {
        assertEquals(Optional.of("索非亚"), placeNameAt("保加利亚在野党上千名成员在首都索非亚举行抗议活动。", "上千名"));
        assertEquals(Optional.of("澳大利亚"), placeNameAt("超150头伪虎鲸在澳大利亚搁浅。", "超150头"));
        assertEquals(Optional.empty(), placeNameAt("在全国范围内，共有3个。", "3个"), "a text opening with 在");
        assertEquals(Optional.of("广东省"), placeNameAt("广东省500家企业分布在广州、深圳等地。", "500家"), "a list says where they spread");
        assertEquals(Optional.of("塔斯马尼亚州"), placeNameAt("超150头伪虎鲸在澳大利亚塔斯马尼亚州搁浅。", "150头"),
            "the last of the names written back to back");
        // living somewhere is not where the counted are
        assertEquals(Optional.of("古巴"), placeNameAt("古巴方面表示，船上10名武装人员均为居住在美国的古巴公民。", "10名"));
    }

    @Test
    void aPartOfTheParagraphsPlaceNamedLaterInTheSentenceIsTheFactsPlace() {
        String text = "浙江推进乡村片区组团发展。能把烧饼卖到了全球16个国家和地区，缙云走的就是乡村片区组团发展的路。";
        assertEquals(Optional.of("缙云县"), placeNameAt(text, "16个"));
        assertEquals(Optional.of("浙江省"), placeNameAt("浙江推进乡村片区组团发展。全省建成16个片区，缙云建成3个。", "16个"),
            "a later clause with its own amount names that amount's place");
        assertEquals(Optional.of("浙江省"), placeNameAt("浙江推进乡村片区组团发展。全省建成16个片区，其中缙云走在前列。", "16个"),
            "其中 opens a breakdown");
    }

    @Test
    void theSourceOfAReportAndWhereSomethingCameFromAreNotTheFactsPlace() {
        assertEquals(Optional.of("福建省"), placeNameAt("据厦门海关统计，今年前5个月福建外贸稳步增长。其中，出口2241.7亿元。", "2241.7亿元"));
        assertEquals(Optional.of("厦门市"), placeNameAt("据厦门海关统计，前5个月出口2241.7亿元。", "2241.7亿元"),
            "the source's place when no other is named");
        assertEquals(Optional.of("永和县"), placeNameAt("永和县迎来来自北京的28名骨干开展帮扶。", "28名"));
    }

    @Test
    void aTownshipWrittenByItsFirstCharactersIsTheCountysOneTownshipSoNamed() {
        String text = "柳河县特色农业\n柳河县林蛙产地以凉水镇尤为突出。目前，全镇林蛙养殖区域总面积约13600公顷。";
        Region township = resolver.analyze(text, text.indexOf('\n')).placeAt(text.indexOf("13600")).orElseThrow();
        assertEquals("凉水河子镇", township.name());
    }

    @Test
    void wordsHoldingPlaceCharactersNameNoPlace() {
        assertTrue(resolver.analyze("北京市怀柔区汉宾乡召开会议。\n要着力健全乡村治理体系，新建村道3公里。", 0).mentions().stream()
            .noneMatch(m -> m.surface().equals("全乡")), "健全 is a word");
        assertEquals(Optional.of("加拿大"), placeNameAt("加拿大西安大略大学研究显示，患病率上升5%。", "5%"),
            "西安 begins a Canadian name");
        assertEquals(Optional.of("五星村"), placeNameAt("吉林省梅河口市五星村是历史悠久的朝鲜族村落，有村民300人。", "300人"),
            "朝鲜族村 is a village of a people, no village's name");
    }

    @Test
    void thePlaceActedOnIsTheFactsNotTheActingCountry() {
        assertEquals(Optional.of("伊朗"), placeNameAt("以军称，以色列已打死20多名伊朗安全机构指挥官。", "20多名"),
            "the country of the people counted");
        assertEquals(Optional.of("加沙地带"), placeNameAt("以色列近期允许每天两辆燃料卡车进入加沙地带。", "两辆"), "the place entered");
        assertEquals(Optional.of("加沙地带"),
            placeNameAt("以色列在加沙地带的军事行动已造成超过17万名巴勒斯坦人受伤。", "17万"), "a country written as its people");
        assertEquals(Optional.of("美国"), placeNameAt("美国加州山火后，美国人均保费上涨10%。", "10%"),
            "人均 is no people: the last place stays");
        assertEquals(Optional.of("阿拉斯加州"),
            placeNameAt("美国阿拉斯加州在靠近加拿大边境的地区发生6.9级地震，震源深度10公里。", "10公里"), "靠近 names a reference point");
    }

    @Test
    void aCountOfListedPlacesIsPlacedWhereItsClauseSaysNotInTheList() {
        assertEquals(Optional.of("海南省"), placeNameAt("海南昨天在上海、武汉、长沙、成都四地启动校招活动。", "四地"));
        assertEquals(Optional.empty(), placeNameAt("四川、陕西、甘肃三省启动联合保护。", "三省"), "nothing else names a place");
    }

    @Test
    void theCountedSubjectIsWhereAVerbOfStayingRightAfterItPutsIt() {
        assertEquals(Optional.of("中国空间站"), placeNameAt("张陆、武飞、张洪章三名航天员已进驻中国空间站一个月。", "三名"));
        assertEquals(Optional.of("中国空间站"), placeNameAt("神舟十五号载人飞船发射，两个乘组将会师中国空间站。", "两个"));
        assertEquals(Optional.of("索非亚"), placeNameAt("保加利亚上千名游客抵达首都索非亚。", "上千名"), "a word or two before the place");
        assertEquals(Optional.of("保加利亚"), placeNameAt("保加利亚上千名游客的航班抵达索非亚。", "上千名"),
            "a verb after 的 says nothing of the counted");
    }

    @Test
    void aNameInsideAWordIsNoPlace() {
        assertEquals(Optional.of("河南省"), placeNameAt("今年，河南将创建乡村建设示范县20个。", "20个"), "示范县 is no 范县");
    }

    @Test
    void aStateWrittenWithOneCharacterIsFoundInAStoryOnItsCountry() {
        assertEquals(Optional.of("加州"), placeNameAt("美国加州山火持续。加州消防部门说，过火面积已达1735平方公里。", "1735"));
        assertEquals(Optional.of("得州"), placeNameAt("美国得州遭遇暴风雪，约200万户停电。", "200万户"), "得州 for 得克萨斯州");
        assertEquals(Optional.of("德州市"), placeNameAt("山东德州遭遇暴风雪，约200户停电。", "200户"), "at home 德州 is the city");
    }

    @Test
    void aDistrictNamedByACommonNounNeedsItsCityInTheStory() {
        assertEquals(Optional.of("景德镇市"), placeNameAt("景德镇的城市更新不仅聚焦老城区，占地2平方公里的文创区就是从改造老瓷厂开始。", "2平方公里"),
            "老城区 is the old town, not 洛阳's district");
        String nanjing = "南京烈士塔社区位于浦口老城区。\n烈士塔社区位于浦口老城核心区，有3200户居民。";
        assertEquals(Optional.of("烈士塔社区"), placeNameAt(nanjing, "3200户"), "nor is 老城 its short form");
        assertEquals(Optional.of("老城区"), placeNameAt("洛阳市老城区有3200户居民。", "3200户"), "after its city it is the district");
    }

    @Test
    void aRegionOfChinaThatIsNoDivisionIsWhereItsFactsAre() {
        assertEquals(Optional.of("西部"), placeNameAt("全国数据中心整体利用率明显提升，西部数据中心利用率由30%提高到50%以上。", "30%"));
        assertEquals(Optional.of("北方"), placeNameAt("根据卫星监测，我国北方大部地区出现35℃以上高温天气。", "35℃"));
        assertEquals(Optional.of("南方"), placeNameAt("南方大范围阴雨天气持续，局地累计降水量或超100毫米。", "100毫米"));
        assertEquals(Optional.of("中西部地区"), placeNameAt("曾经作为主战场的中西部地区，快递业务量占全国的比重提高7.5个百分点。", "7.5个"));
        assertEquals(Optional.of("京津冀地区"), placeNameAt("京津冀地区外贸进出口值达4.7万亿元。", "4.7万亿元"), "as written");
        assertEquals(Optional.of("西部陆海新通道"), placeNameAt("西部陆海新通道已通达127个国家和地区的579个港口。", "579个"));
        assertEquals(Optional.of("重庆市"), placeNameAt("今年前5个月，重庆经西部陆海新通道运输货物50万吨。", "50万吨"), "a route");
        assertEquals(Optional.of("西部陆海新通道"), placeNameAt("甘肃省\n西部陆海新通道已通达127个国家和地区。", "127个"),
            "a strategy's name holding 部 is no direction's part");
        assertEquals(Optional.of("中东部地区"), placeNameAt("下周，中东部地区气温将回升，累计升温幅度超过10℃。", "10℃"));
        assertEquals(Optional.of("黄淮海"), placeNameAt("黄淮海冬小麦面积约占全国小麦面积八成。", "八成"));
        assertEquals(Optional.of("东部地区"), placeNameAt("东部地区客运市场增长较快，同比增速达到5.5%、规模占据全国的51.9%。", "51.9%"),
            "占据 takes a share too");
        assertEquals(Optional.of("德国"), placeNameAt("今年4月和5月，德国汽车对美国的出口量同比下跌23.5%。", "23.5%"),
            "the partner of a trade after 对 is not the trade's place");
        assertEquals(Optional.of("甘肃中部地区"), placeNameAt("工程将惠及甘肃中部地区群众100万人。", "100万人"), "a province's part");
    }

    @Test
    void aRegionOfChinaIsNeitherANamesWordNorEvidenceAgainstADivision() {
        assertEquals(Optional.of("华中科技大学"), placeNameAt("华中科技大学遴选出43个交叉前沿实验室。", "43个"),
            "a university's name: the university, not the region");
        assertEquals(Optional.empty(), placeNameAt("南方电网今年投资1200亿元。", "1200亿元"), "a firm's name");
        assertEquals(Optional.empty(), placeNameAt("南方共同市场成员国贸易额增长5%。", "5%"), "a common market's name");
        assertEquals(Optional.empty(), placeNameAt("西部数据公司今年出货硬盘127万块。", "127万块"), "a firm's name");
        assertEquals(Optional.of("成都市"), placeNameAt(
            "交易会在四川成都开幕，并举办东北地区国产大豆等多场专场产销对接活动，共有1.7万家展商参展。", "1.7万家"),
            "a division of the sentence outranks a region that qualifies a product");
        assertEquals(Optional.of("崇州市"), placeNameAt("西南地区小麦收割加快推进。在四川崇州，收割机同时作业。今年，崇州小麦种植面积达到10.5万亩。",
            "10.5万亩"), "no topic of the paragraph's other sentences");
    }

    @Test
    void aProvincesShortFormIsTheProvinceWhereItsCountyNamesakeIsNotTaken() {
        assertEquals(List.of("北京市", "天津市", "河北省", "山东省"), mentionedNames("北京、天津、河北、山东等地共有500人参加。"),
            "河北 is no district of 天津 in a list of provinces");
        assertEquals(Optional.empty(), placeNameAt("天津、河北部分地区气温超过40℃。", "40℃"), "two provinces");
        assertEquals(Optional.of("河北区"), placeNameAt("天津河北区今年新增就业500人。", "500人"));
    }

    @Test
    void wordsBeginningWithADirectionAreNoRegionOfChina() {
        assertEquals(Optional.of("中东"), placeNameAt("受冲突影响，中东部分国家原油产量下降5%。", "5%"),
            "中东 and 部分: the world region, not China's 中东部");
        assertEquals(Optional.empty(), placeNameAt("东北亚贸易额增长8%。", "8%"));
        assertEquals(Optional.empty(), placeNameAt("西部数据第三季度营收下降12%。", "12%"), "a firm");
        assertEquals(Optional.of("甘肃省"),
            titledPlaceNameAt("甘肃今年夏粮丰收\n甘肃省气象台预报，甘肃全省降雨偏多。明天西部地区有小雨，最高气温15℃。", "15℃"),
            "in a province's story its own west");
        assertEquals(Optional.of("阜阳市"), placeNameAt("淮河流域降雨偏多。阜阳市降雨量达800毫米。最大日降雨量120毫米。", "120毫米"),
            "a basin is no topic");
    }

    @Test
    void aPlaceAShareIsTakenInIsTheFactsPlace() {
        assertEquals(Optional.of("广东省"), placeNameAt("民营企业进出口额占广东外贸总值的55.3%。", "55.3%"));
        assertEquals(Optional.of("上海市"), placeNameAt("该品牌抢占上海市场，销量增长30%。", "30%"), "抢占 seizes");
    }

    @Test
    void listedDistrictsAndNewAreasKeepTheirCity() {
        assertTrue(placeNameAt("天津市河东、河西、河北三区GDP增长6%。", "6%").filter("河北省"::equals).isEmpty(), "three districts");
        assertEquals(Optional.of("北戴河区"), placeNameAt("河北北戴河今年接待游客增长20%。", "20%"), "not 北戴河新区's short form");
        assertTrue(placeNameAt("主城区和新区共有人口30万人。", "30万人").isEmpty(), "two kinds joined");
        assertTrue(placeNameAt("神舟十八号乘组入驻空间站，将驻留6个月。", "6个月").isEmpty(), "入驻 names no station");
    }

    @Test
    void aForeignCityNamedLastKeepsItsCountryForTheNextState() {
        assertEquals(Optional.of("新奥尔良市"),
            placeNameAt("美国伊利诺伊州芝加哥市枪击频发，8人死亡。在路易斯安那州新奥尔良市，一名15岁少年被警方逮捕。", "15岁"));
        assertEquals(Optional.of("芝加哥市"),
            placeNameAt("芝加哥市枪击频发，8人死亡。在路易斯安那州新奥尔良市，一名15岁少年被警方逮捕。", "15岁"), "no country named");
    }

    @Test
    void aNewsOutletsCountryYieldsToAPlaceInsideItJustNamed() {
        assertEquals(Optional.of("缅因州"),
            placeNameAt("美国国土安全部说，执法人员20日在缅因州启动执法行动。据美国媒体报道，当天约50人被逮捕。", "约50人"));
        assertEquals(Optional.of("美国"), placeNameAt("据美国媒体报道，当天约50人被逮捕。", "约50人"), "nothing named before");
    }

    @Test
    void aPlaceNamingABaseAfterAModifierIsNotTheFactsPlace() {
        assertEquals(Optional.of("广顺镇"), placeNameAt("长顺县着力建设以广顺镇为主的贵阳优质蔬菜保供基地，建成蔬菜基地24个。", "24个"));
        assertEquals(Optional.of("贵阳市"), placeNameAt("贵阳市建成优质蔬菜保供基地24个。", "24个"), "the base's own city");
    }

    @Test
    void aSceneOpeningTheSentenceNarrowsANationalScope() {
        assertEquals(Optional.of("上海市"),
            placeNameAt("在上海，以服务业为主营业务的月星集团在全国运营着200多家大型商业平台。", "200多家"));
    }

    @Test
    void oneMacroRegionNamedAfterTheNationalScopeNarrowsIt() {
        assertEquals(Optional.of("东北地区"),
            placeNameAt("近日我国出台推动东北地区冰雪经济高质量发展的相关政策举措，部署了15项重点任务。", "15项"));
        assertEquals(Optional.empty(), placeNameAt(
            "支原体肺炎是我国儿童最主要的病原体，北方地区在秋冬季流行，南方地区在夏秋季流行，儿童每三到七年出现一次流行高峰。", "三到七年"),
            "two macro-regions compared");
    }

    @Test
    void theSessionsPlaceRulesKeepTheirBounds() {
        assertAll(
            () -> assertEquals(Optional.empty(), placeNameAt("在北京，国家统计局发布数据显示，全国粮食总产量达到13908亿斤。", "13908亿斤"),
                "a national body's figure stays national"),
            () -> assertEquals(Optional.empty(), placeNameAt("今年我国东部地区经济增速放缓，全年新增城镇就业1200万人。", "1200万人"),
                "a part of the nation written right after it narrows nothing"),
            () -> assertEquals(Optional.of("新疆维吾尔自治区"), placeNameAt("全国最大的新疆棉花生产基地今年产棉510万吨。", "510万吨"),
                "a base's place named alone is the fact's"),
            () -> assertEquals(List.of("德国", "巴伐利亚州"), placePathAt("美国总统访问欧洲\n美国总统当天抵达德国。\n巴伐利亚州约2万人参加抗议活动。", "约2万人"),
                "a state after the story moved to another country"));
    }

    @Test
    void amountsAfter分别PairWithThePlacesBeforeItAndASideNamesItsCountry() {
        String gdp = "一季度，广东、江苏、浙江GDP分别为3万亿元、2.8万亿元和2万亿元。";
        assertEquals(List.of(Optional.of("广东省"), Optional.of("江苏省"), Optional.of("浙江省")),
            List.of(placeNameAt(gdp, "3万亿元"), placeNameAt(gdp, "2.8万亿元"), placeNameAt(gdp, "2万亿元")));
        assertEquals(Optional.of("北京市"), placeNameAt("2021年和2022年北京营收分别为30亿元和45亿元。", "45亿元"), "one place, two years");
        String ranks = "河南省粮食总产\n位居全省第一、第二位的是滑县和固始县，粮食总产分别为27.55亿斤和24.28亿斤，排第三位的永城市，"
            + "粮食总产23.47亿斤，分列第四、五位的是唐河县、太康县，粮食总产分别为23.23亿斤、22.51亿斤。";
        assertEquals(List.of(Optional.of("滑县"), Optional.of("固始县"), Optional.of("永城市"), Optional.of("唐河县"), Optional.of("太康县")),
            List.of(titledPlaceNameAt(ranks, "27.55"), titledPlaceNameAt(ranks, "24.28"), titledPlaceNameAt(ranks, "23.47"),
                titledPlaceNameAt(ranks, "23.23"), titledPlaceNameAt(ranks, "22.51")),
            "全省 is no listed place; a later list pairs with its own places, not with the earlier facts'");
        String joined = "洛阳市经济\n该市和郑州市的GDP分别为5000亿元和1.3万亿元。";
        assertEquals(List.of(Optional.of("洛阳市"), Optional.of("郑州市")),
            List.of(titledPlaceNameAt(joined, "5000亿元"), titledPlaceNameAt(joined, "1.3万亿元")), "a reference in the list is one of it");
        String three = "河南省\n滑县、浚县、内黄县三县中，滑县和浚县粮食产量分别增长5%、4%。";
        assertEquals(List.of(Optional.of("滑县"), Optional.of("浚县")),
            List.of(titledPlaceNameAt(three, "5%"), titledPlaceNameAt(three, "4%")), "the list right before 分别");
        assertEquals(Optional.of("俄罗斯"), placeNameAt("俄罗斯与乌克兰交换战俘。乌克兰移交了20名俄方人员。", "20名"));
        assertEquals(Optional.of("以色列"), placeNameAt("以色列军方称，空袭造成3名西方记者死亡，其中包括西班牙籍记者。", "3名"),
            "西方 is no side");
        String venue = "在北京举行的发布会上，上海市代表介绍，该市一季度和二季度GDP分别增长5%和6%。";
        assertEquals(List.of(Optional.of("上海市"), Optional.of("上海市")), List.of(placeNameAt(venue, "5%"), placeNameAt(venue, "6%")),
            "a venue pairs with no amount");
        assertEquals(Optional.of("小浪底水库"), placeNameAt("加大小浪底水库下泄流量至1000立方米每秒。", "1000立方米每秒"),
            "a verb of working a site is no part of its name");
    }

    @Test
    void aTwoCharacterCountyNameAloneAndASourcesCityBeforeABasin() {
        assertAll(
            () -> assertEquals(Optional.of("文县"), placeNameAt("眼下，正是文县水稻丰收的时节，全县粮食总产量4.37万吨。", "4.37万吨"),
                "文县 names itself with its level word"),
            () -> assertEquals(List.of(), mentionedNames("市委和县委高度重视，投入资金3亿元。"), "县委, not 和县"),
            () -> assertEquals(List.of("江苏省", "安徽省", "山东省"), mentionedNames("输水线路涉及江苏、安徽、山东3省124个地级市和县市区。"),
                "levels joined, not 和县, even in a story naming its province"),
            () -> assertEquals(Optional.of("和县"), placeNameAt("安徽省和县今年粮食产量达到50万吨。", "50万吨"), "after its province"),
            () -> assertEquals(Optional.of("和县"), placeNameAt("马鞍山市和县今年新建农村公路120公里。", "120公里"), "after its city"),
            () -> assertEquals(Optional.of("滑县"), titledPlaceNameAt("河南省粮食生产\n滑县城乡居民人均可支配收入达到2万元。", "2万元"),
                "a supported county before 城乡"),
            () -> assertEquals(Optional.of("黄河流域"), placeNameAt(
                "据青岛海关统计，今年前2个月，黄河流域9省区进出口9395.3亿元。其中，出口5690亿元，增长9.5%。", "5690亿元"),
                "the customs reporting is no place of the basin's trade"),
            () -> assertEquals(Optional.of("荆江河段"), placeNameAt("整治工程把荆江河段枯水期的航道维护水深提升到4.5米。", "4.5米")));
    }

    @Test
    void aQuoteOpeningItsParagraphIsOfItsSpeakersVillage() {
        String text = "贵州双龙航空港经济区小碧乡坚持党建引领，推动乡村振兴。\n“2022年，我们出租商业门面年收入137万元。”小碧乡黄泥哨村党支部书记王某说。"
            + "\n小碧乡16个村集体经济收入累计达到5760.2万元。";
        assertAll(
            () -> assertEquals(Optional.of("黄泥哨村"), placeNameAt(text, "137万元"), "the speaker's village"),
            () -> assertEquals(Optional.of("小碧布依族苗族乡"), placeNameAt(text, "5760.2万元"), "not past the quote's paragraph"),
            () -> assertEquals(Optional.of("潘庄子村"), titledPlaceNameAt("玉田县推广食用菌种植\n“两个大棚平均每天能收入3000元左右。”"
                + "唐山市玉田县林头屯乡潘庄子村民周连春看着满棚的香菇笑得合不拢嘴。", "3000元"), "a speaker named by role, no verb of saying"),
            () -> assertEquals(Optional.of("兰考县"), titledPlaceNameAt("兰考县瓜农增收\n“我们县今年种了3万亩蜜瓜。”张庄村村民李四看着瓜田。",
                "3万亩"), "a quote of the speaker's county"));
    }

    @Test
    void reviewedCounterExamplesOfThisSessionsPlaces() {
        String venue = "盘州乡村旅游\n“去年全县接待游客突破1200万人次。”盘州市文旅局局长在石桥镇妥乐村介绍。";
        assertAll(
            () -> assertEquals(Optional.empty(), placeNameAt("省、市和县三级财政今年共安排资金12亿元。", "12亿元"), "levels listed"),
            () -> assertEquals(Optional.of("四川省"), placeNameAt("四川省内河河段今年完成航道整治120公里。", "120公里"),
                "内河 is no river's name"),
            () -> assertEquals(Optional.of("灵山县"),
                placeNameAt("广西钦州灵山县荔枝产量增长10%，青岛灵山岛接待游客18万人次。", "10%")),
            () -> assertTrue(mentionedNames("青岛灵山岛接待游客18万人次。").stream().noneMatch(n -> n.endsWith("岛")),
                "another place before the county's short form: no island of that county"),
            () -> assertEquals(Optional.of("盘州市"), titledPlaceNameAt(venue, "1200万"),
                "a quote of the whole county, said at a village"));
    }
}
