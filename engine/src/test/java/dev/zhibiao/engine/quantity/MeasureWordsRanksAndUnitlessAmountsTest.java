package dev.zhibiao.engine.quantity;

import static dev.zhibiao.engine.quantity.QuantityRecognizerTest.assertFinds;

import org.junit.jupiter.api.Test;

/**
 * Measure words of fish, poultry, futures lots, quarried stone and sections; multipliers alone after 数/近/超/不足
 * (数万尾, 不足百个); amounts in 万/亿, fractions and ratios to one, which state a quantity without a unit; ranks, 二次
 * (second, secondary), a lone 零 (零部件) and the tenor in a rate's name (7天shibor), which state none.
 */
class MeasureWordsRanksAndUnitlessAmountsTest {

    @Test
    void fishPoultryLotsAndQuarriedStoneAreCounted() {
        assertFinds("数万尾华子鱼洄游", "数万尾|10000|尾|APPROX");
        assertFinds("肉鸭存栏500万羽", "500万羽|5000000|羽|EXACT");
        assertFinds("成交量3.32万手", "3.32万手|33200|手|EXACT");
        assertFinds("开采石子60万立，实现生产总值3000万元", "60万立|600000|立|EXACT", "3000万元|30000000|元|EXACT");
        assertFinds("蓄水量107万立方米", "107万立方米|1070000|立方米|EXACT");
        assertFinds("二手车交易活跃");
        assertFinds("铁路12306手机客户端");
    }

    @Test
    void wellsRunsRepetitionsAndLanesAreCounted() {
        assertFinds("打井34眼、引泉7处", "34眼|34|眼|EXACT", "7处|7|处|EXACT");
        assertFinds("每周定期客运航班将从48班增至70班", "48班|48|班|EXACT", "70班|70|班|EXACT");
        assertFinds("需要至少重复三遍", "三遍|3|遍|AT_LEAST");
        assertFinds("大桥为双向6车道", "6车道|6|车道|EXACT");
        assertFinds("工人实行四班倒，一眼望去");
        assertFinds("村民们两眼放光，成都九眼桥一带游客如织，七年级3班的45名学生参加了比赛", "45名|45|名|EXACT");
    }

    @Test
    void scienceAndIndustryUnitsAreMeasuresButAGridsVoltageClassIsAName() {
        assertFinds("室温离子电导率可达1.8 mS/cm，氧化稳定电位高达4.5V", "1.8 mS/cm|1.8|mS/cm|EXACT", "4.5V|4.5|V|EXACT");
        assertFinds("频率2.4GHz，存储512GB，噪音低于40分贝，压力10兆帕，容量5000mAh，电压220伏", "2.4GHz|2.4|GHz|EXACT",
            "512GB|512|GB|EXACT", "低于40分贝|40|分贝|LESS_THAN", "10兆帕|10|兆帕|EXACT", "5000mAh|5000|mAh|EXACT",
            "220伏|220|伏|EXACT");
        assertFinds("光伏电站开发规模超过6.35GW", "超过6.35GW|6.35|GW|MORE_THAN");
        assertFinds("雄安新区第二座500千伏新建变电站投运，±800千伏特高压直流工程开工，三伏天来临");
        assertFinds("《条例》共7章52条", "7章|7|章|EXACT", "52条|52|条|EXACT");
    }

    @Test
    void bodiesSpansSetsPartsGamesMedalsAndStagesAreCounted() {
        assertFinds("哈马斯移交15具遗体，已完成桥梁架设超4600孔", "15具|15|具|EXACT", "超4600孔|4600|孔|MORE_THAN");
        assertFinds("近9000万台套的设备接入工业互联网，包括六部分50条措施", "近9000万台套|90000000|台套|APPROX",
            "六部分|6|部分|EXACT", "50条|50|条|EXACT");
        assertFinds("中国队共获得3金2银3铜，决赛打满五局，他连续两站夺得金牌", "3金|3|金|EXACT", "2银|2|银|EXACT",
            "3铜|3|铜|EXACT", "五局|5|局|EXACT", "两站|2|站|EXACT");
        assertFinds("国企两金压降取得成效，该市2局面向社会，提供一站式服务");
        assertFinds("两金融机构获批开业，该县获批两金矿采矿权，五金市场获得快速发展");
        assertFinds("今年三伏长达40天，颐和园十七孔桥迎来金光穿洞", "40天|40|天|EXACT");
        assertFinds("中建八局承建的项目，比赛采用三局两胜制");
        assertFinds("该校开设1V1辅导课程和3V3篮球赛，文章阅读量达10W+");
        assertFinds("消费者信心指数十分稳定，积分达到300分", "300分|300|分|EXACT");
        assertFinds("林孝埈以40秒693的成绩获得冠军，苏炳添跑出9秒83", "40秒693|40.693|秒|EXACT", "9秒83|9.83|秒|EXACT");
        assertFinds("他以1分52秒693的成绩夺冠，用时2分30秒", "1分52秒693|112.693|秒|EXACT", "2分30秒|150|秒|EXACT");
        assertFinds("最后10秒20余名观众离场", "10秒|10|秒|EXACT", "20余名|20|名|MORE_THAN");
        assertFinds("快递服务公众满意度得分为83.3分，他十分高兴", "83.3分|83.3|分|EXACT");
        assertFinds("车载镜头的像素从1MP提升到4800万像素", "1MP|1|MP|EXACT", "4800万像素|48000000|像素|EXACT");
    }

    @Test
    void aNumeralOpeningAShortQuotedTermIsASlogan() {
        assertFinds("实行“六个精准”“五个一批”，吉林启动“千亿斤粮食”产能建设工程，计生“两户”家庭成员");
        assertFinds("八大类消费品价格呈现“四升三降一平”格局");
        // a quote holding more than a term, or digits, or opening with no numeral, holds amounts
        assertFinds("他说“三个月就建成了”", "三个月|3|个月|EXACT");
        assertFinds("提出“3个千亿”目标，“共建成五座桥”", "3个|3|个|EXACT", "五座|5|座|EXACT");
    }

    @Test
    void anEventsDistanceOrWeightClassAndATitlesNumeralsAreNames() {
        assertFinds("在女子3米板的决赛中，陈艺文摘得金牌；女子自由式摔跤57公斤级，男子500米决赛");
        assertFinds("国家医保局发布《关于实施医保服务十六项便民措施的通知》，《条例》共7章", "7章|7|章|EXACT");
        assertFinds("马拉松全程42公里", "42公里|42|公里|EXACT");
        assertFinds("一名男子驾车行驶200公里，她在女子铅球决赛投出20.58米", "200公里|200|公里|EXACT", "20.58米|20.58|米|EXACT");
        assertFinds("额定输入电压220V交流供电", "220V|220|V|EXACT");
    }

    @Test
    void aMarketTouchingALevelOrAListAfterARateIsARate() {
        assertFinds("人民币对美元汇率分别最高触及6.3515、6.3512", "6.3515|6.3515||EXACT", "6.3512|6.3512||EXACT");
        assertFinds("在岸人民币盘中走强，逼近6.35关口", "近6.35|6.35||APPROX");
        assertFinds("离岸人民币一度冲高至6.3512", "6.3512|6.3512||EXACT");
        assertFinds("沪指跌破3000，随后站上3100", "跌破3000|3000||LESS_THAN", "站上3100|3100||MORE_THAN");
        assertFinds("编号为123、456的样本");
    }

    @Test
    void aCoefficientOrEfficiencyMovedToALevelNeedsNoUnit() {
        assertFinds("农田灌溉水有效利用系数从0.565提高到0.58", "0.565|0.565||EXACT", "0.58|0.58||EXACT");
        assertFinds("平均电能利用效率降到1.3以下", "1.3以下|1.3||AT_MOST");
        assertFinds("房间号从301改到302");
        assertFinds("景区从3A级提升到4A级");
        assertFinds("产品合格率由95提高到99", "95|95||EXACT", "99|99||EXACT");
        assertFinds("编号从3增至5号");
        assertFinds("国债全场倍数为3.7，边际倍数为2.2", "3.7|3.7||EXACT", "2.2|2.2||EXACT");
        assertFinds("城乡居民收入倍差从1.96收窄至1.81", "1.96|1.96||EXACT", "1.81|1.81||EXACT");
    }

    @Test
    void aUnitLedByAMultiplierKeepsIt() {
        assertFinds("山葡萄酒年生产能力约达11万千升", "约达11万千升|110000|千升|APPROX");
        assertFinds("装机120万千瓦", "120万千瓦|1200000|千瓦|EXACT");
        assertFinds("年产三千升", "三千升|3000|升|EXACT");
    }

    @Test
    void amountsInTenThousandsOrHundredMillionsNeedNoUnit() {
        assertFinds("可增加1400万采矿量", "1400万|14000000||EXACT");
        assertFinds("茅台市值飙900亿", "900亿|90000000000||EXACT"); // a verb between noun and amount: nothing names its unit
        assertFinds("编号为123的样本");
    }

    @Test
    void aNounOfMoneyOrOfWhatIsCountedGivesAnAmountWithoutUnitItsUnit() {
        assertFinds("成交额近5亿，近一个月内涨超163%", "近5亿|500000000|元|APPROX", "近一个月|1|个月|APPROX",
                "超163%|163|%|MORE_THAN");
        assertFinds("北向资金净流入超50亿", "超50亿|5000000000|元|MORE_THAN");
        assertFinds("一家服装小店就因为一笔300万贷款的延期", "300万|3000000|元|EXACT");
        assertFinds("吸引超过1000万投资者", "超过1000万|10000000||MORE_THAN");
        assertFinds("新增300万贷款户", "300万|3000000||EXACT");
        assertFinds("注册资本1000万", "1000万|10000000|元|EXACT");
        assertFinds("常住人口净流入超10万", "超10万|100000||MORE_THAN");
        // a number without 万 or 亿 after a noun of money states nothing alone, nor does it lose a list's unit
        assertFinds("营业收入：1205.3");
        assertFinds("投资约1200、800亿元", "约1200|120000000000|元|APPROX", "800亿元|80000000000|元|APPROX");
        assertFinds("车联网服务平台现入网车辆超30万", "超30万|300000|辆|MORE_THAN");
        assertFinds("观影人次3763万", "3763万|37630000|人次|EXACT");
        assertFinds("美国累计确诊病例已超过9600万", "超过9600万|96000000|例|MORE_THAN");
    }

    @Test
    void moneyWithoutUnitIsInTheCurrencyItsSentenceStatedMoneyInBefore() {
        assertFinds("一季度营收达900亿美元，净利润240亿", "900亿美元|90000000000|美元|EXACT", "240亿|24000000000|美元|EXACT");
        assertFinds("营收达三千万欧元，净利润500万", "三千万欧元|30000000|欧元|EXACT", "500万|5000000|欧元|EXACT");
        // another sentence's currency is not this one's
        assertFinds("营收达900亿美元。净利润240亿", "900亿美元|90000000000|美元|EXACT", "240亿|24000000000|元|EXACT");
        assertFinds("营收达900亿美元；净利润240亿", "900亿美元|90000000000|美元|EXACT", "240亿|24000000000|元|EXACT");
        // a conversion in brackets is no currency of the sentence's
        assertFinds("营收900亿元（约合125亿美元），净利润240亿", "900亿元|90000000000|元|EXACT",
            "约合125亿美元|12500000000|美元|APPROX", "240亿|24000000000|元|EXACT");
        assertFinds("1月1日元旦期间，销售额1.2亿", "1.2亿|120000000|元|EXACT");
    }

    @Test
    void currenciesInUseAreUnitsByTheirFullNameAndWithoutTheirCountry() {
        assertFinds("预算将增加约550亿新谢克尔的支出", "约550亿新谢克尔|55000000000|新谢克尔|APPROX");
        assertFinds("投资额达3000亿坚戈", "3000亿坚戈|300000000000|坚戈|EXACT");
        assertFinds("投资200亿里亚尔建设新城", "200亿里亚尔|20000000000|里亚尔|EXACT");
        assertFinds("100土耳其里拉兑换3美元", "100土耳其里拉|100|土耳其里拉|EXACT", "3美元|3|美元|EXACT");
        // a short name that begins with a measure word is money only in full: 一列 is one train here
        assertFinds("一列伊朗客车抵达");
        assertFinds("价格为20摩尔多瓦列伊", "20摩尔多瓦列伊|20|摩尔多瓦列伊|EXACT");
        // read over fixed years, not on the day the engine runs: currencies since withdrawn are in the posts before
        assertFinds("兑换成50保加利亚列弗", "50保加利亚列弗|50|保加利亚列弗|EXACT");
        assertFinds("兑换成500克罗地亚库纳", "500克罗地亚库纳|500|克罗地亚库纳|EXACT");
    }

    @Test
    void halfASpanOfTimeIsAnAmountButHalfTheYearIsNot() {
        assertFinds("护士连续奋战了半个月", "半个月|0.5|个月|EXACT");
        assertFinds("回款时间缩短至半年左右", "半年左右|0.5|年|APPROX");
        assertFinds("产业园半年多就聚集了企业", "半年多|0.5|年|MORE_THAN");
        assertFinds("上半年，下半年，公司发布半年报，半年前，每半年一次，小半年时间，半年期贷款");
    }

    @Test
    void aMultiplierAfterAVagueOrApproximateWordStandsForItsValue() {
        assertFinds("有数万人参加", "数万人|10000|人|APPROX");
        assertFinds("压减燃煤近千万吨", "近千万吨|10000000|吨|APPROX");
        assertFinds("专业服务超千万次", "超千万次|10000000|次|MORE_THAN");
        assertFinds("入围车型突破百款，资产规模突破万亿，总额超万亿", "突破百款|100|款|MORE_THAN",
            "突破万亿|1000000000000||MORE_THAN", "超万亿|1000000000000||MORE_THAN");
        assertFinds("粮食已收获过亿亩，财政收入首破万亿元", "过亿亩|100000000|亩|MORE_THAN",
            "破万亿元|1000000000000|元|MORE_THAN");
        assertFinds("打破3项世界纪录，侦破12起案件", "3项|3|项|EXACT", "12起|12|起|EXACT");
        assertFinds("不过万一出现问题，月收入不过万元的家庭，读书破万卷");
        assertFinds("万亿级市场，数万亿资金");
        assertFinds("尚有近亿立方米储量", "近亿立方米|100000000|立方米|APPROX");
        assertFinds("千万不要大意");
        assertFinds("合作社由十年前的不足百个发展到1735个", "不足百个|100|个|LESS_THAN", "1735个|1735|个|EXACT");
        assertFinds("不到千人参加", "不到千人|1000|人|LESS_THAN");
        assertFinds("要千方百计稳就业");
    }

    @Test
    void provincesAndCountriesWrittenInDigitsAreCounted() {
        assertFinds("输水线路涉及江苏、安徽、山东3省", "3省|3|省|EXACT");
        assertFinds("19国外长发表联合声明，东部8省市参与", "19国|19|国|EXACT", "8省市|8|省市|EXACT");
        assertFinds("东三省和七国集团，二十国集团");
        assertFinds("20国集团峰会在303国道旁的城市召开");
        assertFinds("沿线13+2省进出口");
        assertFinds("2024国庆假期，新增3省级重点实验室，2023省政府工作报告");
        assertFinds("涉及3省道路运输企业", "3省|3|省|EXACT");
    }

    @Test
    void anEarthquakesMagnitudeIsMeasuredButNoGrade() {
        assertFinds("神奈川县发生5.3级地震，宫崎县发生里氏7.1级强震", "5.3级|5.3|级|EXACT", "7.1级|7.1|级|EXACT");
        assertFinds("该地区发生了超过12次2.5级以上的地震，其中一次为4.2级。", "超过12次|12|次|MORE_THAN", "4.2级|4.2|级|EXACT");
        assertFinds("风力为5级，应急响应为3级。", "5级|5|级|EXACT");
        assertFinds("地震发生时，当地风力达5级。", "5级|5|级|EXACT");
        assertFinds("当地发生6.8级的强震", "6.8级|6.8|级|EXACT");
        assertFinds("启动一级响应，三级医院，风力8级，阵风9.5级风", "8级|8|级|EXACT", "9.5级|9.5|级|EXACT");
        assertFinds("已发生2.5级以上余震至少39次", "至少39次|39|次|AT_LEAST");
        assertFinds("当地发生5.1级余震", "5.1级|5.1|级|EXACT");
        assertFinds("沿海有5.5级大风", "5.5级|5.5|级|EXACT");
        assertFinds("发生5级地震1次", "1次|1|次|EXACT");
    }

    @Test
    void aHalfInsideAMonthOrHourCountAddsHalf() {
        assertFinds("采冰工作将持续一个半月左右", "一个半月左右|1.5|个月|APPROX");
        assertFinds("通行时间由1个半小时缩短到25分钟", "1个半小时|1.5|小时|EXACT", "25分钟|25|分钟|EXACT");
    }

    @Test
    void sharesAndStocksAreCountedButNotInAnIndexName() {
        assertFinds("以0美元的价格行权5624股特斯拉股票期权", "0美元|0|美元|EXACT", "5624股|5624|股|EXACT");
        assertFinds("两股冷空气先后影响我国", "两股|2|股|EXACT");
        assertFinds("沪深300股指期货交易活跃");
        assertFinds("此轮调整最低价1525.5元/股", "1525.5元/股|1525.5|元/股|EXACT");
    }

    @Test
    void thePointsAStatementMakesAreCounted() {
        assertFinds("韩正就深化合作提出三点建议，双方达成四点共识", "三点|3|点|EXACT", "四点|4|点|EXACT");
        assertFinds("晚上十点发布");
        assertFinds("增长三点五个百分点", "三点五个百分点|3.5|个百分点|EXACT");
    }

    @Test
    void compatibilitySymbolsOfUnitsAndHoursInLettersAreUnitsAsWritten() {
        assertFinds("年降雨量2072㎜，年日照时间2155h，年辐射量118.99千卡/㎡", "2072㎜|2072|㎜|EXACT", "2155h|2155|h|EXACT",
            "118.99千卡/㎡|118.99|千卡/㎡|EXACT");
        assertFinds("耕地面积1200㎡，全长3.5㎞，重50㎏", "1200㎡|1200|㎡|EXACT", "3.5㎞|3.5|㎞|EXACT", "50㎏|50|㎏|EXACT");
        assertFinds("参加3hours课程");
        assertFinds("商场推出24h不打烊服务");
    }

    @Test
    void anIndexsPointsCountedWithAMeasureWordAreOneUnit() {
        assertFinds("日均指数值相比去年12月低点增长27.7个点，经营活力提升25.4个点。", "27.7个点|27.7|个点|EXACT",
            "25.4个点|25.4|个点|EXACT");
        assertFinds("全市建成5个点，设立3个点位", "5个|5|个|EXACT", "3个|3|个|EXACT");
    }

    @Test
    void perMillePointsAreAUnitAsPercentagePointsAre() {
        assertFinds("人口自然增长率比上年下降3.18个千分点", "3.18个千分点|3.18|个千分点|EXACT");
        assertFinds("出生率提高0.5千分点", "0.5千分点|0.5|个千分点|EXACT");
        assertFinds("出生率提高0.5千分點", "0.5千分點|0.5|个千分点|EXACT");
        assertFinds("出生率提高0.5百分點", "0.5百分點|0.5|个百分点|EXACT");
    }

    @Test
    void peopleCountedWithoutAMeasureWordAreCounted() {
        assertFinds("数千民众被迫撤离，约20万难民逃往他国", "数千民众|1000|人|APPROX", "约20万难民|200000|人|APPROX");
        assertFinds("14亿多中国人的饭碗，确认了约9亿成员", "14亿多中国人|1400000000|人|MORE_THAN", "约9亿成员|900000000|人|APPROX");
        assertFinds("欧盟27成员国", "27成员国|27|成员国|EXACT");
        assertFinds("已有超22.5万美国人因新冠死亡", "超22.5万美国人|225000|人|MORE_THAN");
        assertFinds("引洮供水工程惠及600万百姓", "600万百姓|6000000|人|EXACT");
        assertFinds("共有5国人员参加", "5国|5|国|EXACT");
        assertFinds("六一儿童节前夕，三八妇女节");
        assertFinds("市二人民医院", new String[0]);
        assertFinds("武警部队出动800官兵", "800官兵|800|人|EXACT");
        assertFinds("当地组织1.8万农技人员下沉一线，预计180万入境乘客受影响", "1.8万农技人员|18000|人|EXACT",
            "180万入境乘客|1800000|人|EXACT");
        assertFinds("新增10万以上居民，5万亩农田", "10万以上|100000||AT_LEAST", "5万亩|50000|亩|EXACT");
        assertFinds("千兆接入用户突破亿级规模"); // gigabit users
        assertFinds("超三成员工表示愿意加班", "超三成|30|%|MORE_THAN");
        assertFinds("拨打12345市民热线");
        assertFinds("超过200万平民被困", "超过200万平民|2000000|人|MORE_THAN");
        assertFinds("全国累计识别帮扶超过700万监测对象", "超过700万监测对象|7000000|人|MORE_THAN");
        assertFinds("全国累计识别帮扶超过700万防止返贫致贫监测对象", "超过700万防止返贫致贫监测对象|7000000|人|MORE_THAN");
        assertFinds("以军行动已致超3.2万巴勒斯坦人死亡", "超3.2万巴勒斯坦人|32000|人|MORE_THAN");
        assertFinds("打开了1.6万商品鹅养殖户增收新空间", "1.6万商品鹅养殖户|16000|户|EXACT");
        assertFinds("投入5000万资金帮助困难群众", "5000万|50000000|元|EXACT"); // money, whatever people follow
        assertFinds("推出21档创新节目，外贸规模连续8个季度保持增长", "21档|21|档|EXACT", "8个季度|8|个季度|EXACT");
        assertFinds("空调开到2档，查看十档行情");
        assertFinds("针对老人、儿童两群体开展服务"); // 群 is no measure word: 群体 is a word
        assertFinds("近八万盆鲜花组成国庆主题的花坛", "近八万盆|80000|盆|APPROX");
    }

    @Test
    void theMajorPartsAWholeIsDividedIntoAreCountedByThePartsWord() {
        assertFinds("涉及4大板块，全县划成六大片区", "4大板块|4|板块|EXACT", "六大片区|6|片区|EXACT");
        assertFinds("三大系列产品", "三大系列|3|系列|EXACT");
        // other words after N大 make a set phrase or a name (八大类消费品 is the statistics' standard grouping)
        assertFinds("三大运营商，两大主营业务，四大名著，八大类消费品");
    }

    @Test
    void placesListedBeforeANumeralThatCountsThemAreCounted() {
        assertFinds("地跨四川、陕西、甘肃三省", "三省|3|省|EXACT");
        assertFinds("武夷山国家公园跨江西、福建两省", "两省|2|省|EXACT");
        assertFinds("南苏丹、肯尼亚和吉布提三国总统", "三国|3|国|EXACT");
        assertFinds("将串联起太原、吕梁、忻州三市五县", "三市|3|市|EXACT", "五县|5|县|EXACT");
        assertFinds("在上海、武汉、长沙、成都四地启动", "四地|4|地|EXACT");
        // a numeral that is not the number of the items, or no list: a name or a set phrase
        assertFinds("销往东北三省、山西、陕西等地");
        assertFinds("湖南、湖北两地三市联动");
        // two places or countries are a pair, not a count
        assertFinds("武汉、鄂州两地联动调试，推动中美关系健康稳定发展、增进两国人民福祉");
    }

    @Test
    void aspectsAreCounted() {
        assertFinds("就两国关系发展提出4方面建议。", "4方面|4|方面|EXACT");
        assertFinds("从7个方面提出措施。", "7个|7|个|EXACT");
        assertFinds("一方面要稳增长，另一方面要防风险。");
    }

    @Test
    void flightsAreCountedWithOrWithoutAMeasureWord() {
        assertFinds("罕见夏季风暴袭击荷兰 数百航班取消", "数百航班|100|航班|APPROX");
        assertFinds("机场取消3个航班", "3个|3|个|EXACT");
    }

    @Test
    void sectionsAreCounted() {
        assertFinds("境内有一统河、哈尼河等4段河流", "4段|4|段|EXACT");
        assertFinds("今后一段时间");
    }

    @Test
    void aRatioToOneIsReadAsItsFirstTerm() {
        assertFinds("城乡居民收入比由2005年的5：1缩小到2.6：1。", "5：1|5||EXACT", "2.6：1|2.6||EXACT");
        assertFinds("会议于9：10开始");
        assertFinds("比赛在19:1结束");
        assertFinds("城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1。", "2.05:1|2.05||EXACT", "2.02:1|2.02||EXACT");
        assertFinds("城乡居民收入比为2.5∶1。", "2.5∶1|2.5||EXACT");
        assertFinds("主队比分为3:1。");
        assertFinds("门票收入同比下降5%，主队最终以3:1取胜。", "5%|5|%|EXACT");
    }

    @Test
    void aTenorBeforeTheNameOfARateIsPartOfTheName() {
        assertFinds("7天shibor报2.202%，3个月Shibor报2.489%", "2.202%|2.202|%|EXACT", "2.489%|2.489|%|EXACT");
        assertFinds("贷款期限3个月", "3个月|3|个月|EXACT");
        assertFinds("美国2年期国债收益率升至0.6%", "0.6%|0.6|%|EXACT");
        assertFinds("新发行10亿元30年期香港人民币国债", "10亿元|1000000000|元|EXACT");
        assertFinds("续发行超长期特别国债，期限为30年期", "30年|30|年|EXACT"); // the term stated
        assertFinds("包括2年期、3年期、5年期各30亿元", "30亿元|3000000000|元|EXACT");
    }

    @Test
    void theNextOrLastYearsAndAProjectsPhaseAreNoAmounts() {
        assertFinds("未来五年，全区将新建学校12所", "12所|12|所|EXACT");
        assertFinds("规划项目二期及三期计划陆续投产");
        assertFinds("举办4期培训班", "4期|4|期|EXACT");
        assertFinds("编制“三北”工程六期规划，召开十四届全国人大四次会议，破除城乡二元结构");
        assertFinds("部署“三北”六期等12项重大工程", "12项|12|项|EXACT"); // a quoted project's phase
        assertFinds("今年已召开会议四次", "四次|4|次|EXACT");
        assertFinds("两年平均增长5.6%，时家店水库三面环山", "5.6%|5.6|%|EXACT");
        assertFinds("两年分别平均增长33.9%和9.5%", "33.9%|33.9|%|EXACT", "9.5%|9.5|%|EXACT");
        assertFinds("两部委已下达资金，浙江在500强中占96席", "两部委|2|部委|EXACT", "96席|96|席|EXACT");
        assertFinds("全年共召开12次会议，该党获得10席位", "12次|12|次|EXACT", "10席位|10|席位|EXACT");
        assertFinds("全程用时3小时", "3小时|3|小时|EXACT");
        assertFinds("用时3小时平均时速100公里", "3小时|3|小时|EXACT", "100公里|100|公里|EXACT");
        assertFinds("高举三面红旗");
    }

    @Test
    void theYearsAClauseOpensWithFrameItsFactsAndAreNoAmount() {
        assertFinds("十年来，我国粮食产量增长10%", "10%|10|%|EXACT");
        assertFinds("这十年，全县新建学校12所", "12所|12|所|EXACT");
        assertFinds("五年多来，浙江新建学校12所", "12所|12|所|EXACT");
        assertFinds("央视网消息：近3年，腾讯研发投入超过1500亿元", "超过1500亿元|150000000000|元|MORE_THAN");
        assertFinds("而在这五年，快递破千亿件", "破千亿件|100000000000|件|MORE_THAN");
        // after words of its own the span is how long something has lasted
        assertFinds("建交30年来，两国贸易增长5倍", "30年|30|年|EXACT", "5倍|5|倍|EXACT");
        assertFinds("他扎根田间近十年，种了300亩", "近十年|10|年|APPROX", "300亩|300|亩|EXACT");
    }

    @Test
    void aDurationAgoIsAPointInTime() {
        assertFinds("重现91年前的出征时刻");
        assertFinds("被困超过150个小时后获救", "超过150个小时|150|小时|MORE_THAN");
        assertFinds("用时3年前后", "3年前后|3|年|APPROX");
        assertFinds("近5年前来投资的企业", "近5年|5|年|APPROX");
        assertFinds("在3年期间累计发放贷款20亿元", "3年|3|年|EXACT", "20亿元|2000000000|元|EXACT");
        assertFinds("强化“三位一体”核力量");
    }

    @Test
    void aNumeralRunningIntoAFirmsRegisteredNameIsPartOfTheName() {
        assertFinds("柳河县七棵树矿业有限公司投资5000万元", "5000万元|50000000|元|EXACT");
        assertFinds("全县共有三家公司、两个合作社", "三家|3|家|EXACT", "两个|2|个|EXACT");
        assertFinds("全县有五家农民专业合作社", "五家|5|家|EXACT");
        assertFinds("今年引进三家科技有限公司", "三家|3|家|EXACT");
    }

    @Test
    void eachTermOfANamedRatioOfThreeTermsIsAnAmount() {
        assertFinds("全市三次产业结构比例为3.9：59.5：36.6。", "3.9|3.9||EXACT", "59.5|59.5||EXACT", "36.6|36.6||EXACT");
        assertFinds("会议于19:30:00开始。");
    }

    @Test
    void neighbouringNumeralsStateARange() {
        assertFinds("两三家企业参与", "两三家|2|家|RANGE");
        assertFinds("来了七八十人", "七八十人|70|人|RANGE");
        assertFinds("投资三四百万元", "三四百万元|3000000|元|RANGE");
        assertFinds("三四五个村"); // three neighbours are no range of two
        // decades, ranked classes and months are no amounts
        assertFinds("五六十年代的老厂房，一二类苗，三四线城市");
    }

    @Test
    void oneTimesIsAMultiple() {
        assertFinds("仔猪价格涨了一倍", "一倍|1|倍|EXACT");
        assertFinds("举办一场活动");
    }

    @Test
    void onePersonIsCountedWhenTheClauseSaysWhatBefellThem() {
        assertFinds("造成一名飞行员死亡，另一名飞行员受伤。", "一名|1|名|EXACT", "一名|1|名|EXACT");
        assertFinds("枪手是一名69岁男子。", "69岁|69|岁|EXACT");
        assertFinds("一名枪手在超市开枪造成3人死亡。", "3人|3|人|EXACT");
    }

    @Test
    void sharesWrittenAsFractionsOrHalvesAreInPercent() {
        assertFinds("留抵退税的规模占到了总数的约五分之三。", "约五分之三|60|%|APPROX");
        assertFinds("正在设计的船当中，超过一半都是氨燃料船型。", "超过一半|50|%|MORE_THAN");
        assertFinds("第三产业增加值均占该省GDP总量的一半以上。", "一半以上|50|%|AT_LEAST");
        assertFinds("过半村庄植入了民宿。", "过半|50|%|MORE_THAN");
        assertFinds("一半是海水，一半是火焰。");
        assertFinds("营收占比超过了全集团营收的一半", "一半|50|%|MORE_THAN");
        assertFinds("经过半年的努力，通过半导体检测。", "半年|0.5|年|EXACT"); // the span of time, not 过半
        assertFinds("全省麦收进度已经过半。", "过半|50|%|MORE_THAN");
        assertFinds("超半数参保企业受益。", "超半数|50|%|MORE_THAN");
        assertFinds("超过半数村庄植入了民宿，半数以上企业实现可视化管理。", "超过半数|50|%|MORE_THAN", "半数以上|50|%|AT_LEAST");
        assertFinds("半数企业受益。");
        assertFinds("过半数据来自海外。", "过半|50|%|MORE_THAN");
        assertFinds("新增人工林面积占全球的四分之一以上，用水量仅为大水漫灌的十分之一。", "四分之一以上|25|%|AT_LEAST",
                "十分之一|10|%|EXACT");
        assertFinds("近3/4的脱贫人口建立了利益联结机制，三分之二的村民从事旅游。", "近3/4|75|%|APPROX", "三分之二|66.67|%|EXACT");
        assertFinds("发病率为97.1/10万", "97.1/10万|97.1|/10万|EXACT"); // a rate per so many people, as written
        assertFinds("稳住了脱贫家庭2/3以上的收入", "2/3以上|66.67|%|AT_LEAST");
        assertFinds("打进1/8决赛，地铁5/10号线");
        assertFinds("患病率为十万分之三点五", "十万分之三点五|0.000035||EXACT");
        assertFinds("大约三分之一秒后", "大约三分之一|0.3333333333333333||APPROX");
        assertFinds("他十分高兴。");
    }

    @Test
    void energyIsCountedInTonnesOfStandardCoalAndDepartmentsAndEpisodesAreCounted() {
        assertFinds("能源消费总量达到729.2万吨标准煤。", "729.2万吨标准煤|7292000|吨标准煤|EXACT");
        assertFinds("单位GDP能耗为1.0439吨标准煤/万元。", "1.0439吨标准煤/万元|1.0439|吨标准煤/万元|EXACT");
        assertFinds("商务部等9部门联合出台方案。", "9部门|9|部门|EXACT");
        assertFinds("五集大型纪录片今晚播出。", "五集|5|集|EXACT");
        assertFinds("近45万用户停电。", "近45万用户|450000|户|APPROX");
    }

    @Test
    void aLongDigitRunIsAnAmountWhenAUnitFollowsIt() {
        assertFinds("集体林蓄积7862382立方米。", "7862382立方米|7862382|立方米|EXACT");
        assertFinds("咨询电话13912345678。");
    }

    @Test
    void deicticDaysAndSolarTermsAreNoAmounts() {
        assertFinds("这两天，船厂换了一个新节奏。");
        assertFinds("参观二十四节气中药养生馆。");
    }

    @Test
    void ranksAreNoCounts() {
        assertFinds("一般预算收入达到235亿元，全国排名上升到24位。", "235亿元|23500000000|元|EXACT");
        assertFinds("投资增速前三名：中宁县增长58.3%", "58.3%|58.3|%|EXACT");
        assertFinds("目前三名航天员状态良好", "三名|3|名|EXACT");
        assertFinds("投资完成率前九名项目，按责任单位划分");
        assertFinds("通过涉农补贴“一卡通”或“一折通”发放资助资金");
        assertFinds("共有24位代表发言。", "24位|24|位|EXACT");
    }

    @Test
    void aLoneZeroBeginsAWord() {
        assertFinds("被迫停线等待零部件！");
        assertFinds("在核心零件供应短缺下");
        assertFinds("以0美元价格行权", "0美元|0|美元|EXACT");
    }

    @Test
    void aCapitalFormGluedToDigitsEndsAWord() {
        assertFinds("组织抢险救援队伍12000多人", "12000多人|12000|人|MORE_THAN");
    }

    @Test
    void secondIsAnAttributeNotACount() {
        assertFinds("内阁府公布的二次统计报告显示");
        assertFinds("全固态锂二次电池");
        assertFinds("两次讲话精神", "两次|2|次|EXACT");
    }

    @Test
    void aLoneOneClosingItsClauseAfterItsNounIsACount() {
        assertFinds("新建水渠500米、塘坝一处，", "500米|500|米|EXACT", "一处|1|处|EXACT");
        assertFinds("赞同延长停火一周、释放人质", "一周|1|周|EXACT");
        assertFinds("同一天，");
        assertFinds("新的一年，");
        assertFinds("仅今年一年，");
        assertFinds("每烧一次，");
        assertFinds("这是一个重要的项目");
        assertFinds("问题不少，这是其中一个。");
        assertFinds("虽然虚惊一场，但大家都很紧张。");
        assertFinds("例会两周一次。", "两周|2|周|EXACT");
        assertFinds("每日更新\n中国队再夺一金", "一金|1|金|EXACT");
    }

    @Test
    void aSpanOfYearsNamingAPlanIsPartOfItsName() {
        assertFinds("实施产业扶贫三年行动计划");
        assertFinds("编制新的五年规划，");
        assertFinds("营收连续三年增长", "三年|3|年|EXACT");
    }

    @Test
    void aRateKeepsThe每ItIsWrittenWithAndSquareMetresStayAsWritten() {
        assertFinds("下泄流量至1000立方米每秒", "1000立方米每秒|1000|立方米每秒|EXACT");
        assertFinds("厂房面积14000平米", "14000平米|14000|平米|EXACT");
        assertFinds("均价2378.0元/吨", "2378.0元/吨|2378.0|元/吨|EXACT");
    }

    @Test
    void placesListedAfterAVerbEndingIn及AndRunsOfDigitCountsAreCounted() {
        assertFinds("此次降雨涉及北京、天津、河北、山东四省市", "四省市|4|省市|EXACT");
        assertFinds("全县辖8镇3乡1街道", "8镇|8|镇|EXACT", "3乡|3|乡|EXACT", "1街道|1|街道|EXACT");
        assertFinds("今年建成3镇");
        assertFinds("推进一镇一品");
    }

    @Test
    void slashedSharesCharactersScoresStreaksGradesAndIntervalsAreAmounts() {
        assertFinds("收入及发电量的年均复合增长则分别为18%/21%。", "18%|18|%|EXACT", "21%|21|%|EXACT");
        assertFinds("网址为a/21%");
        assertFinds("初步辨识出刻辞180余字。", "180余字|180|字|MORE_THAN");
        assertFinds("军乐团奏两国国歌，鸣礼炮21响。", "21响|21|响|EXACT");
        // 万 beginning a word (万古) is no multiplier standing for its value, as it is after a bound (突破万亿)
        assertFinds("建成电商产业园及乡约万古网红助农直播基地");
        // a village's group is named by its number (立新村三组), groups formed are counted (全村分成三组)
        assertFinds("立新村三组有农户45户，茶西村茶园六组养蜂。", "45户|45|户|EXACT");
        assertFinds("全村分成三组。", "三组|3|组|EXACT");
        assertFinds("每村派出两组工作人员，各村组建两组服务队", "两组|2|组|EXACT", "两组|2|组|EXACT");
        assertFinds("一声巨响");
        assertFinds("十字路口，八字方针，三字经");
        assertFinds("快递服务公众满意度为83.3分，同比上升3.3分。", "83.3分|83.3|分|EXACT", "3.3分|3.3|分|EXACT");
        assertFinds("他十分高兴，比分上升3分");
        assertFinds("中国队实现该项目奥运十连冠。", "十连冠|10|连冠|EXACT");
        assertFinds("耕地平均等级达到4.76。", "4.76|4.76||EXACT");
        assertFinds("人民币汇率后期或将在6.3-6.7的区间内保持双向波动。", "6.3-6.7|6.3||RANGE");
        assertFinds("拨打0771-5551234；版本1.2-1.5");
        assertFinds("在2023.1-2023.6的区间内，全市共发生火灾300起。", "300起|300|起|EXACT");
        assertFinds("本次考试全市平均成绩为85分，考试于上午11时30分结束。", "85分|85|分|EXACT");
        assertFinds("坚持“12字方针”，全年新增就业岗位5万个。", "5万个|50000|个|EXACT");
        assertFinds("目标任务已完成3.2/5万亩。", "3.2/5万|0.000064||EXACT"); // a part of a whole, no rate per population
    }

    @Test
    void aLoneTwoBeforeAMeasureWordIsAnOrdinalButPeopleAreCountedWithIt() {
        assertFinds("室内分为一层党建联盟基地，二层展示中草药实物。");
        assertFinds("造成二人死亡。", "二人|2|人|EXACT");
    }

    @Test
    void aSpanNamingAGoalIsNoCount() {
        assertFinds("实现建军一百年奋斗目标");
        assertFinds("营收连续三年增长", "三年|3|年|EXACT");
    }
}
