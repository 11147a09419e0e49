package dev.zhibiao.engine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodResolverTest {
    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 10);
    private static final LocalDate DECEMBER_2021 = LocalDate.of(2021, 12, 8);
    private final PeriodResolver resolver = new PeriodResolver();

    private Optional<String> periodOf(String text, String fact, LocalDate published) {
        return resolver.analyze(text, 0, published).periodAt(text.indexOf(fact));
    }

    @Test
    void explicitYearInTheSentence() {
        assertEquals(Optional.of("2021"), periodOf("据统计，2021年该县村集体经济总收入达2026.55万元。", "2026.55万元", JUNE_2022));
    }

    @Test
    void yearOfAnEarlierClauseCarriesOverWithinTheSentence() {
        String text = "2021年该县村集体经济总收入达2026.55万元，所有村均达5万元以上，其中年收入10万元以上的村有85个。目前全县82个村获评。";
        assertEquals(Optional.of("2021"), periodOf(text, "85个", JUNE_2022));
        assertEquals(Optional.of("2022"), periodOf(text, "82个", JUNE_2022), "目前: as of publication");
    }

    @Test
    void aFiscalYearIsTheYearOfItsAmounts() {
        assertEquals(Optional.of("2022"), periodOf("据介绍，2022财年国防授权法案最终版本授权的约7682亿美元，包括用于国防部开支的7400亿美元。",
                "7400亿美元", JUNE_2022));
    }

    @Test
    void aFromToChangeTakesThePeriodsOfTheParallelClauseBeforeIt() {
        String text = "煤炭消费量占能源消费比重由2015年的13.1%下降到2020年的1.5%，优质能源比重由86.9%提高到98.5%。";
        assertEquals(Optional.of("2015"), periodOf(text, "86.9%", JUNE_2022));
        assertEquals(Optional.of("2020"), periodOf(text, "98.5%", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("全县森林覆盖率由40%提高到45%。", "45%", JUNE_2022));
    }

    @Test
    void relativeYearsCountFromThePublicationDate() {
        assertEquals(Optional.of("2021"), periodOf("去年该县完成投资5亿元。", "5亿元", JUNE_2022));
        assertEquals(Optional.of("2022"), periodOf("今年该县计划投资8亿元。", "8亿元", JUNE_2022));
        assertEquals(Optional.of("2020"), periodOf("前年全县新增就业300人。", "300人", JUNE_2022));
        assertEquals(Optional.of("2021"), periodOf("在过去的一年里，他走访了二十多家企业。", "二十多家", JUNE_2022));
        assertEquals(Optional.of("2021"), periodOf("过去一年新建40个产业集群。", "40个", JUNE_2022));
        assertEquals(Optional.of("2024"), periodOf("过去一年，全国新增城镇就业1200万人。", "1200万人", LocalDate.of(2024, 12, 28)),
            "a year-end review's past year is the year ending");
        assertEquals(Optional.empty(), periodOf("过去一年多，他走访了二十多家企业。", "二十多家", JUNE_2022), "more than a year");
    }

    @Test
    void aReviewOfThePastYearAtTheTurnOfTheYearIsOfTheYearEnding() {
        String text = "一年来，全省接待游客8亿人次。十年来，全省接待游客80亿人次。";
        assertEquals(Optional.of("2023"), periodOf(text, "8亿", LocalDate.of(2024, 1, 20)));
        assertEquals(Optional.of("2024"), periodOf(text, "8亿", LocalDate.of(2024, 12, 10)));
        assertEquals(Optional.empty(), periodOf(text, "8亿", LocalDate.of(2024, 6, 10)), "mid-year: the span covers two years");
        assertEquals(Optional.empty(), periodOf(text, "80亿", LocalDate.of(2024, 1, 20)), "a span of ten years");
    }

    @Test
    void theEndOfAFiveYearPlanIsItsLastYear() {
        String text = "到“十二五”末，全县茶园面积达到15万亩。十三五期末，贫困人口减少3万人。十三五期间，全县投资50亿元。";
        LocalDate december2015 = LocalDate.of(2015, 12, 18);
        assertEquals(Optional.of("2015"), periodOf(text, "15万亩", december2015));
        assertEquals(Optional.of("2020"), periodOf(text, "3万人", december2015));
        assertEquals(Optional.empty(), periodOf(text, "50亿元", december2015), "the whole plan is a span");
        assertEquals(Optional.empty(), periodOf("与“十二五”末相比，全市GDP增长了60%。", "60%", LocalDate.of(2019, 6, 1)),
            "a plan's end compared with dates nothing");
    }

    @Test
    void nowAsSaidIsThePublicationYear() {
        LocalDate february2025 = LocalDate.of(2025, 2, 19);
        assertEquals(Optional.of("2025"), periodOf("2018年开始种茶。现在，当地茶园面积扩大到1000亩。", "1000亩", february2025));
        assertEquals(Optional.of("2018"), periodOf("2018年，问题体现在3个方面。", "3个", february2025), "体现在 says no now");
        assertEquals(Optional.of("2030"), periodOf("从现在到2030年，全市要新增绿地1000公顷。", "1000公顷", february2025));
    }

    @Test
    void theRecentDaysAreTheReportsMonth() {
        LocalDate november2017 = LocalDate.of(2017, 11, 25);
        assertEquals(Optional.of("2017-11"), periodOf("近段时间，芋农都忙着装车外运，全镇6500亩槟榔芋喜获丰收。", "6500亩", november2017));
        assertEquals(Optional.of("2017-11"), periodOf("连日来，全县接待游客3万人次。", "3万人次", november2017));
    }

    @Test
    void noStatedTimeMeansNoPeriod() {
        assertEquals(Optional.empty(), periodOf("该县共选派第一书记194名。", "194名", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("近年来已完成435件。", "435件", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("今年该县计划投资8亿元。", "8亿元", null));
    }

    @Test
    void theWholeYearIsTheYearTheParagraphIsAbout() {
        LocalDate january2022 = LocalDate.of(2022, 1, 22);
        String text = "2021年山东省抢抓发展机遇，综合实力明显增强。全年地区生产总值突破8万亿元。\n全年粮食总产超过1100亿斤。";
        assertEquals(Optional.of("2021"), periodOf(text, "8万亿元", january2022));
        // another paragraph: 全年 has no year of its own to inherit, so it is the latest year begun by publication
        assertEquals(Optional.of("2022"), periodOf(text, "1100亿斤", january2022));
        assertEquals(Optional.of("2017"), periodOf("年初以来，设施农业种植面积达到3242公顷。", "3242公顷", LocalDate.of(2017, 6, 4)));
    }

    @Test
    void aParagraphHeadedByItsYearDatesItsMonthsAndTheListItIntroduces() {
        LocalDate published = LocalDate.of(2019, 3, 15);
        String plan = "2017年：实施通组公路硬化265.41公里。按照9月底前，完成25%以上的进度要求。";
        assertEquals(Optional.of("2017-09"), periodOf(plan, "25%", published));
        String list = "2017年：计划搬迁2294户，共涉及安置点3个:\n长寨：596套2470人；\n广顺：1382套4620人。\n全县完成搬迁1469户。";
        assertEquals(Optional.of("2017"), periodOf(list, "2470人", published));
        assertEquals(Optional.of("2017"), periodOf(list, "4620人", published));
        assertEquals(Optional.empty(), periodOf(list, "1469户", published), "the list ended with its last item");
        // a month in a paragraph that does not open with a year is still the latest one by publication
        assertEquals(Optional.of("2018-09"), periodOf("2017年，道路已完工。按照9月底前，完成25%以上。", "25%", published),
            "a year that opens the paragraph without heading it dates only its sentence");
    }

    @Test
    void aFoundingDateDatesNoFigureAfterIt() {
        LocalDate published = LocalDate.of(2023, 7, 28);
        assertEquals(Optional.empty(), periodOf("该公司成立于1999年，占地面积14000平方米。", "14000", published));
        assertEquals(Optional.of("2021"), periodOf("该公司成立于1999年，2021年产值达3亿元。", "3亿元", published));
    }

    @Test
    void factsStatingNoTimeTakeTheYearMostOfTheStoryNames() {
        String report = "全市经济实现开门红。\n一季度全市实现地区生产总值626.9亿元。\n截至3月末，资金到位率达92%。\n一季度全市完成固定资产投资63.8亿元，"
            + "同比增长6.6%（2016年同期增速为0.5%）。\n全市实现社会消费品零售总额290亿元。";
        assertEquals(Optional.of("2017"), periodOf(report, "290亿元", LocalDate.of(2017, 6, 4)));
        // two years named as often as each other: neither dominates
        String mixed = "2020年产值5亿元。\n2021年产值6亿元。\n2020年利润1亿元。\n2021年利润2亿元。\n全县共有企业300家。";
        assertEquals(Optional.empty(), periodOf(mixed, "300家", JUNE_2022));
    }

    @Test
    void aPostDatedInAShortYearIsRead() {
        // a typo in the front matter (0001-01-01) once failed the post: its periods were cut as four-digit years
        assertEquals(Optional.of("1"), periodOf("今年完成投资5亿元。", "5亿元", LocalDate.of(1, 1, 1)));
        assertEquals(Optional.of("-1"), periodOf("前年完成投资5亿元。\n前年新建3所学校。", "5亿元", LocalDate.of(1, 1, 1)));
    }

    @Test
    void nowAndADayAloneAreDatedByPublication() {
        assertEquals(Optional.of("2023"), periodOf("截至目前，全国春播进度近两成。", "近两成", LocalDate.of(2023, 4, 20)));
        LocalDate feb24 = LocalDate.of(2026, 2, 24);
        assertEquals(Optional.of("2026-02"), periodOf("据墨西哥媒体23日报道，已有至少73人死亡。", "73人", feb24));
        assertEquals(Optional.of("2026-01"), periodOf("28日，有超过9000架次航班取消。", "9000架次", feb24),
            "a day later in the month than publication is last month's");
        assertEquals(Optional.of("2025-03"), periodOf("2025年3月5日开工，22日完成投资5亿元。", "5亿元", feb24),
            "a day after a dated point of its sentence is read with it");
        assertEquals(Optional.empty(), periodOf("兑换100日元约合5元。", "5元", feb24), "日元 is no day");
        assertEquals(Optional.empty(), periodOf("须在30日内完成5项整改。", "5项", feb24), "30日内 is a span, not a date");
        assertEquals(Optional.of("2026-02"), periodOf("慈善点附近19日晚发生踩踏，造成78人死亡。", "78人", feb24));
        assertEquals(Optional.of("2026-02"), periodOf("北向资金今日净买入96.85亿元。", "96.85亿元", feb24));
        assertEquals(Optional.of("2025"), periodOf("受寒潮影响，未来三天，江南东部气温将下降6—10℃。", "6—10℃", LocalDate.of(2025, 11, 30)));
        assertEquals(Optional.of("2026-02"), periodOf("内蒙古等地明天将出现6℃—10℃降温。", "6℃", feb24));
        assertEquals(Optional.of("2026-01"), periodOf("昨天全市接诊4万人。", "4万人", LocalDate.of(2026, 2, 1)));
    }

    @Test
    void anAmountSetAgainstWithXiangbiIsOfItsPeriod() {
        LocalDate january2022 = LocalDate.of(2022, 1, 22);
        String text = "2021年，广东GDP总量为124369.67亿元。相比2020年广东GDP总量110760.94亿元的数据，2021年广东省GDP总量增加了约1.36万亿元。";
        assertEquals(Optional.of("2020"), periodOf(text, "110760.94", january2022));
        assertEquals(Optional.of("2021"), periodOf(text, "约1.36万亿元", january2022));
        assertEquals(Optional.of("2021-01/07"), periodOf("1—7月，投资完成率54.4%，高于去年投资时序进度3.8个百分点。", "3.8", LocalDate.of(2021, 8, 30)),
            "after 高于 the amount is the gap, of the fact's own period");
    }

    @Test
    void asOfMonthEnd() {
        assertEquals(Optional.of("2022-05"), periodOf("截至今年5月底，全县共培训340人次。", "340人次", JUNE_2022));
        assertEquals(Optional.of("2022-06"), periodOf("截至今天（6月10日），班列累计突破2万列。", "2万列", JUNE_2022),
                "截至今天 is a date, not 至今");
    }

    @Test
    void spansOverSeveralYearsNameNoYear() {
        assertEquals(Optional.empty(), periodOf("2021年以来截至今年5月底，该县举办培训2期340人次。", "340人次", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("去年以来，该县共选派队员194名。", "194名", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("十年来，累计投入资金达4.2万亿元。", "4.2万亿元", JUNE_2022));
        assertEquals(Optional.of("2022"), periodOf("今年以来，全县新增就业500人。", "500人", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("今年全县新增就业500人。“十四五”期间，农村自来水普及率从84%提升到96%。", "96%",
                JUNE_2022));
    }

    @Test
    void aSpanFromAnEventUpToNowNamesNoYear() {
        LocalDate march2024 = LocalDate.of(2024, 3, 23);
        assertEquals(Optional.empty(), periodOf("自2018年10月开通以来，经港珠澳大桥口岸进出口总值突破8000亿元。", "8000", march2024));
        assertEquals(Optional.of("2011"), periodOf("自2011年首次突破1亿吨大关以来，年通过量连续15年保持高位。", "1亿吨", march2024),
                "the event's own amount is of its year");
        assertEquals(Optional.empty(), periodOf("去年12月冰雪大世界开园以来已接待游客近150万人次。", "150", march2024),
                "without 自 too");
        assertEquals(Optional.empty(), periodOf("2021年以来截至今年5月底，该县举办培训2期。", "2期", march2024),
                "nor its stated end");
        assertEquals(Optional.of("2023"), periodOf("去年全市外贸创有史以来新高，达到500亿元。", "500", march2024),
                "a record since all time is of the point");
    }

    @Test
    void quartersHalvesAndMonthRanges() {
        LocalDate may2023 = LocalDate.of(2023, 5, 4);
        assertEquals(Optional.of("2023-Q1"), periodOf("一季度，全市GDP增长4.5%。", "4.5%", may2023));
        assertEquals(Optional.of("2022-H1"), periodOf("2022年上半年，全市GDP增长3%。", "3%", may2023));
        assertEquals(Optional.of("2021-01/07"), periodOf("2021年1-7月，西安市固定资产投资增长5.1%。", "5.1%", may2023));
        assertEquals(Optional.of("2023-Q1/Q3"), periodOf("前三季度，最终消费支出贡献率达83.2%。", "83.2%", LocalDate.of(2023, 10, 30)));
    }

    @Test
    void monthWithoutYearIsTheLatestOneBeforePublication() {
        LocalDate aug2024 = LocalDate.of(2024, 8, 10);
        assertEquals(Optional.of("2024-07"), periodOf("德国7月通胀率为2.3%。", "2.3%", aug2024));
        assertEquals(Optional.of("2023-11"), periodOf("11月出口增长2%。", "2%", aug2024));
    }

    @Test
    void aMonthWithoutYearTakesTheYearOfADatedPointBeforeItInTheSentence() {
        assertEquals(Optional.of("2022-01"), periodOf("2022年1月4日至1月5日，管理人将对15家公司股权进行拍卖，起拍价合计2.695亿元。",
                "2.695亿元", DECEMBER_2021));
        assertEquals(Optional.of("2022-01"), periodOf("2021年12月28日至1月5日，共发送旅客120万人次。", "120万", LocalDate.of(2022, 1, 8)));
        assertEquals(Optional.of("2022-02"), periodOf("2022年全年销量下降，其中2月份销量为3万辆。", "3万辆", LocalDate.of(2023, 1, 20)));
        assertEquals(Optional.of("2023-02"), periodOf("2022年，销量下降。2月份销量为3万辆。", "3万辆", LocalDate.of(2023, 3, 20)),
                "not across sentences: the month is then the latest one");
        assertEquals(Optional.of("2023"), periodOf("2023年研究生考试今天（12月24日）开考，报考人数为474万。", "474万", LocalDate.of(2022, 12, 24)),
                "an event named with another year than the report's day: the figures are the event's");
        assertEquals(Optional.of("2023-06"), periodOf("2023年高考今天（6月7日）开考，报考人数为1291万。", "1291万", LocalDate.of(2023, 6, 7)),
                "today's date is the report's");
    }

    @Test
    void attributivePeriodGovernsOnlyTheNextAmount() {
        String text = "截至2023年底，农村公路总里程从2014年底的388.16万公里增长到了460万公里。";
        LocalDate june2024 = LocalDate.of(2024, 6, 11);
        assertEquals(Optional.of("2014"), periodOf(text, "388.16", june2024));
        assertEquals(Optional.of("2023"), periodOf(text, "460万", june2024));
    }

    @Test
    void anAttributivePeriodWithNoAmountInItsClauseFramesTheSentence() {
        String text = "去年的文旅业回暖明显；国内游规模达到了56亿人次，国内游客出游总花费4.9万亿元。";
        LocalDate february2024 = LocalDate.of(2024, 2, 10);
        assertEquals(Optional.of("2023"), periodOf(text, "56亿", february2024));
        assertEquals(Optional.of("2023"), periodOf(text, "4.9万亿", february2024), "the topic 去年的文旅业 frames every clause");
    }

    @Test
    void comparisonBaseIsNotTheFactsPeriod() {
        String text = "9月份社会消费品零售总额同比增长5.5%，增速比8月份加快0.9个百分点。";
        assertEquals(Optional.of("2023-09"), periodOf(text, "0.9个", LocalDate.of(2023, 10, 30)));
    }

    @Test
    void leadSentenceSetsTheStoryPeriodForFactsWithoutTheirOwn() {
        String text = "假期消费热潮\n今年“五一”假期，消费需求强劲恢复。五天时间，近3亿人出行。";
        PeriodContext periods = resolver.analyze(text, 6, LocalDate.of(2023, 5, 4));
        assertEquals(Optional.of("2023"), periods.periodAt(text.indexOf("近3亿人")));
        String historical = "标题\n2014年3月，总书记作出重要批示。累计投入资金达4.2万亿元。";
        assertEquals(Optional.empty(), resolver.analyze(historical, 2, LocalDate.of(2024, 6, 11)).periodAt(historical.indexOf("4.2")));
    }

    @Test
    void aLeadOpeningOnTheSeasonDatesItsStoryInTheNextSentence() {
        String text = "丰收节\n金秋时节，神州大地稻菽金黄。今天（9月22日），各地欢庆中国农民丰收节。\n丰收节期间，山东16个地市的特色农产品展示了新成果。";
        PeriodContext periods = resolver.analyze(text, 3, LocalDate.of(2024, 9, 22));
        assertTrue(periods.periodAt(text.indexOf("16个")).filter(p -> p.startsWith("2024")).isPresent());
        String third = "标题\n金秋时节，神州大地稻菽金黄。瓜果飘香，农民忙碌。今天（9月22日），各地欢庆。\n山东16个地市参加。";
        assertEquals(Optional.of("2024-09"), resolver.analyze(third, 2, LocalDate.of(2024, 9, 22)).periodAt(third.indexOf("16个")),
            "a date further into the story is the day of its own sentence; the season still dates the story by its month");
        String titled = "2024年全省粮食总产量再创新高\n全省粮食生产喜获丰收。今天（1月10日），省统计局公布年度数据。\n全省粮食总产量达到720亿斤。";
        assertTrue(resolver.analyze(titled, titled.indexOf('\n'), LocalDate.of(2025, 1, 10)).periodAt(titled.indexOf("720"))
            .filter(p -> p.startsWith("2025")).isEmpty(), "a title naming the period keeps it");
    }

    @Test
    void aSentenceOpeningOnTheSeasonIsOfThePublicationYear() {
        String text = "各地推进夏收夏种\n央视网消息（新闻联播）：“三夏”时节，各地抢收抢种。\n山东6000多万亩小麦夏收加快进行。";
        assertEquals(Optional.of("2024-06"), resolver.analyze(text, text.indexOf('\n'), LocalDate.of(2024, 6, 11))
            .periodAt(text.indexOf("6000")), "the lead's season dates the story");
        String later = "农业现代化新篇章\n党的十八大以来，乡村发生历史性变革。\n“三夏”时节，80多万台联合收割机驰骋在田野上。";
        assertEquals(Optional.of("2025-06"), resolver.analyze(later, later.indexOf('\n'), LocalDate.of(2025, 6, 15))
            .periodAt(later.indexOf("80多万台")), "a later paragraph's season dates its facts");
        String past = "农机跨区作业\n去年三夏时节，全国投入联合收割机60多万台。";
        assertEquals(Optional.of("2023"), resolver.analyze(past, past.indexOf('\n'), LocalDate.of(2024, 1, 10))
            .periodAt(past.indexOf("60多万台")), "a season of another year is that year's");
        String inside = "各地推进夏收夏种\n各地抢收抢种，“三夏”时节农机忙。\n山东6000多万亩小麦夏收加快进行。";
        assertEquals(Optional.empty(), resolver.analyze(inside, inside.indexOf('\n'), LocalDate.of(2024, 6, 11))
            .periodAt(inside.indexOf("6000")), "only a sentence opening on the season");
    }

    @Test
    void aParallelFromAmountTakesTheDateOfTheFirstOnesFrom() {
        String text = "野生东北虎由2017年的27只增长至72只，野生东北豹由42只增长至115只。";
        assertEquals(Optional.of("2017"), periodOf(text, "42只", LocalDate.of(2026, 7, 29)));
        String toDated = "东北虎由27只增长至2023年的72只，野生东北豹由42只增长至115只。";
        assertTrue(periodOf(toDated, "42只", LocalDate.of(2026, 7, 29)).filter("2023"::equals).isEmpty(),
                "the first clause's date is its to-amount's");
    }

    @Test
    void theFromAmountOfAChangeOverAStretchOfYearsIsOfItsFirstYear() {
        String text = "2012年至2024年，国家财政用于农林水事务的支出从1.2万亿元跃升至2.7万亿元。";
        assertEquals(Optional.of("2012"), periodOf(text, "1.2万亿元", LocalDate.of(2025, 6, 15)));
        assertEquals(Optional.of("2024"), periodOf(text, "2.7万亿元", LocalDate.of(2025, 6, 15)));
        assertEquals(Optional.of("2015"), periodOf("2015年到2020年，粮食产量由500万吨增加到600万吨。", "500万吨",
                LocalDate.of(2021, 3, 1)));
        assertEquals(Optional.of("2024"), periodOf("2012年和2024年，支出从1.2万亿元跃升至2.7万亿元。", "1.2万亿元",
                LocalDate.of(2025, 6, 15)), "two years listed are no stretch");
    }

    @Test
    void aPlannedMonthWithoutItsYearIsStillToCome() {
        String text = "打草计划于8月中旬全部完成，干草产量预计达到180万吨。";
        assertEquals(Optional.of("2026-08"), periodOf(text, "180万吨", LocalDate.of(2026, 7, 29)));
        assertEquals(Optional.of("2025-08"), periodOf("8月，干草产量达到180万吨。", "180万吨", LocalDate.of(2026, 7, 29)),
                "a month without a plan is the last one");
        assertEquals(Optional.of("2023-12"), periodOf("机构预计12月份CPI同比上涨0.3%。", "0.3%", LocalDate.of(2024, 1, 5)),
                "a forecast of the month just ended");
        assertEquals(Optional.of("2026-03"), periodOf("从明天到3月2日，黄淮及以南地区将有两次大范围降水过程。", "两次",
                LocalDate.of(2026, 2, 24)), "a day of next month is to come");
        assertEquals(Optional.of("2025-05"), periodOf("5月20日，全市新增就业300人。", "300人", LocalDate.of(2026, 2, 24)),
                "a day months ahead is a year back");
    }

    @Test
    void aSpanOfYearsMeasuringARecordFramesNoFact() {
        String text = "今年以来，惠民观影补贴让平均电影票价降至五年来最低，放映场次超3211万场。";
        assertEquals(Optional.of("2026"), periodOf(text, "3211", LocalDate.of(2026, 8, 13)));
    }

    @Test
    void aYearOrThreeAgoIsThatYear() {
        LocalDate december2022 = LocalDate.of(2022, 12, 22);
        assertEquals(Optional.of("2021"), periodOf("可一年前，某些原材料价格上涨了30%。", "30%", december2022));
        assertEquals(Optional.of("2019"), periodOf("三年前，开发团队只有几十人。", "几十人", december2022));
        assertEquals(Optional.of("2017"), periodOf("五年前，这个村落的282户村民搬进了安置点。", "282户", december2022));
        assertEquals(Optional.of("2012"), periodOf("10年前，全村人均收入不足3000元。", "不足3000元", december2022));
        assertEquals(Optional.empty(), periodOf("15年前，全村人均收入不足3000元。", "不足3000元", december2022),
            "further back the text names the year itself");
        assertEquals(Optional.empty(), periodOf("比一年前增长了6倍。", "6倍", december2022), "a comparison's base");
        assertEquals(Optional.empty(), periodOf("用时3年前后，建成大桥2座。", "2座", december2022), "前后 is about");
        String change = "陕西光子企业数量从两年前的不到50家快速增长到如今的320多家。";
        assertEquals(Optional.of("2020"), periodOf(change, "不到50家", december2022), "两年前的 dates the from-amount");
        assertEquals(Optional.of("2022"), periodOf(change, "320多家", december2022), "and is no year of the story");
    }

    @Test
    void thisEditionIsOfThePublicationYearWhenNothingElseDatesIt() {
        assertEquals(Optional.of("2023"), periodOf("本届广交会惠及企业171家。", "171家", LocalDate.of(2023, 5, 4)));
        assertEquals(Optional.of("2023-05"), periodOf("今天（5月4日），本届广交会闭幕，惠及企业171家。", "171家", LocalDate.of(2023, 5, 4)));
    }

    @Test
    void theStartOfWhatWasSetUpIsTheYearItWasSetUp() {
        String text = "2021年5月，国家赋予浙江建设示范区的使命。\n示范区设立之初，全省有28个县。";
        assertEquals(Optional.of("2021"), periodOf(text, "28个", LocalDate.of(2026, 8, 13)));
        assertEquals(Optional.empty(), periodOf("2023年，该公司营业收入增长10%。\n该公司成立之初，只有5名员工。", "5名", LocalDate.of(2024, 3, 5)),
            "a sentence naming the thing but not its setting up dates no onset");
    }

    @Test
    void aTargetYearInTheTitleDatesThePlansFigures() {
        String text = "到2025年 数据中心形成格局\n利用率由30%提高到50%以上。";
        LocalDate published = LocalDate.of(2021, 12, 8);
        PeriodContext periods = resolver.analyze(text, text.indexOf('\n'), published);
        assertEquals(Optional.of("2025"), periods.periodAt(text.indexOf("50%以上")));
        assertEquals(Optional.empty(), periods.periodAt(text.indexOf("30%")), "the level the change starts from");
    }

    @Test
    void aCountBeforeANameOpeningWithAYearIsOfThatYear() {
        assertEquals(Optional.of("2024"), periodOf("今天（2月19日），中国社会科学院公布了六项“2024年中国考古新发现”。", "六项",
            LocalDate.of(2025, 2, 19)));
        assertEquals(Optional.of("2023"), periodOf("为期三天的2023年全国硕士研究生招生考试今天开考。", "三天", LocalDate.of(2022, 12, 24)));
        assertEquals(Optional.of("2024"), periodOf("今年已有3个2023年签约的项目开工。", "3个", LocalDate.of(2024, 5, 1)),
            "a year opening a clause that describes the things dates that clause");
    }

    @Test
    void theEventOfThisEditionIsOfThePublicationYear() {
        String fair = "本届广交会惠及企业171家。\n广交会期间还举办了推介活动，100多家采购商参与洽谈，签约意向金额达5.7亿元。";
        assertEquals(Optional.of("2023"), periodOf(fair, "5.7亿元", LocalDate.of(2023, 5, 4)), "X期间 after 本届X");
        assertEquals(Optional.empty(), periodOf("本届政府以来，累计减税降费8.8万亿元。", "8.8万亿元", LocalDate.of(2024, 3, 5)),
            "a government's term is no edition");
    }

    @Test
    void theRecentPastIsTheYearOfPublication() {
        assertEquals(Optional.of("2025"), periodOf("前不久，上海将虹桥国际中央商务区等8个重点区域增设为联动创新区。", "8个",
            LocalDate.of(2025, 10, 22)));
    }

    @Test
    void aSpanOfYearsBeforeTheSamePeriodIsAComparisonsBase() {
        assertEquals(Optional.of("2025"), periodOf("今年以来，魁北克省已经记录455起森林火灾，为10年来同期平均水平的近两倍。", "近两倍",
            LocalDate.of(2025, 10, 22)));
    }

    @Test
    void aDayOfTheReportsDaysDatesTheNewsOfItsParagraph() {
        String text = "国际快讯\n央视网消息：\n29日，美国多地发生枪击事件。坦帕地区的枪击事件造成2人死亡。\n另一地有18人受伤。";
        PeriodContext periods = resolver.analyze(text, 4, LocalDate.of(2023, 10, 30));
        assertEquals(Optional.of("2023-10"), periods.periodAt(text.indexOf("2人")));
        assertEquals(Optional.of("2023-10"), periods.periodAt(text.indexOf("18人")), "the item's news goes on");
        String recently = "山火\n近日，西班牙与法国边境地区发生山火。过火面积超过930公顷。";
        assertEquals(Optional.of("2023-04"),
                resolver.analyze(recently, 2, LocalDate.of(2023, 4, 17)).periodAt(recently.indexOf("930")));
    }

    @Test
    void nowAsTheParagraphsLastTimeDatesTheNewsAfterIt() {
        LocalDate october2023 = LocalDate.of(2023, 10, 30);
        String text = "美国多地发生枪击事件。目前有一名嫌疑人被捕。印第安纳波利斯市也发生枪击，造成1人死亡。";
        assertEquals(Optional.of("2023"), periodOf(text, "1人", october2023));
        assertEquals(Optional.empty(), periodOf("美国多地发生枪击事件。印第安纳波利斯市也发生枪击，造成1人死亡。", "1人", october2023),
            "no time in the text, no period");
    }

    @Test
    void aDayNamedAfterTheAmountInItsSentenceDatesIt() {
        String text = "国际联播快讯\n央视网消息（新闻联播）：\n多哈论坛聚焦在加沙部署国际稳定部队\n"
            + "为期两天的第23届多哈论坛6日开幕。埃及外长当天呼吁部署国际稳定部队。";
        assertEquals(Optional.of("2025-12"),
            resolver.analyze(text, text.indexOf('\n'), LocalDate.of(2025, 12, 7)).periodAt(text.indexOf("两天")));
        assertEquals(Optional.empty(), periodOf("沙特阿拉伯等19国外长发表联合声明。", "19国", LocalDate.of(2026, 2, 24)),
            "no day named");
    }

    @Test
    void aDateGlossingTheReportsDayCarriesThroughTheItem() {
        String text = "国庆临近 祖国各地节日气氛渐浓\n央视网消息（新闻联播）：国庆临近，祖国各地节日氛围越加浓厚。\n"
            + "今天（9月25日），天安门广场上的主题大花果篮与市民游客见面。一经亮相，就吸引了众多游客拍照留念。\n"
            + "天安门广场中心巨型花果篮，顶高18米。";
        assertEquals(Optional.of("2022-09"),
            resolver.analyze(text, text.indexOf('\n'), LocalDate.of(2022, 9, 25)).periodAt(text.indexOf("18米")));
    }

    @Test
    void aHeadingDatesItsItemsOpeningMonth() {
        // the second heading is the date alone: the check once read past the line it ends, and overran
        for (String heading : List.of("·2017年8月（全省深度贫困地区脱贫攻坚推进大会）", "2017年8月")) {
            String text = heading + "\n8月6日至8月7日，大会召开，全省列出深度贫困县14个。";
            assertEquals(Optional.of("2017-08"), resolver.analyze(text, 0, LocalDate.of(2018, 8, 20)).periodAt(text.indexOf("14个")),
                heading);
        }
    }

    @Test
    void aTableRowHeadedByAYearCountsThatYear() {
        String rows = "出列年度\n2018（22个）\n2019（11个）";
        assertEquals(Optional.of("2019"), resolver.analyze(rows, 0, LocalDate.of(2019, 3, 15)).periodAt(rows.indexOf("11个")));
    }

    @Test
    void theWeekendJustPastIsTheReportsDays() {
        LocalDate monday = LocalDate.of(2022, 12, 5);
        assertEquals(Optional.of("2022-12"), periodOf("在刚刚过去的周末，美国芝加哥市枪击频发，8人死亡。", "8人", monday));
        assertEquals(Optional.of("2022-12"), periodOf("上周末，当地有至少32人受伤。", "32人", monday));
        assertEquals(Optional.of("2022-11"), periodOf("在刚刚过去的周末，当地有8人死亡。", "8人", LocalDate.of(2022, 12, 1)),
            "the weekend before the first of a month is in the month before");
    }

    @Test
    void theDayOfAStatementGivesWayToThePeriodItIsAbout() {
        String text = "2025年我国农业农村发展稳中有进\n在今天（1月22日）举行的发布会上，有关负责人表示，2025年，我国农业农村发展稳中有进。"
                + "\n与此同时，农村居民人均可支配收入达到24456元。";
        PeriodContext periods = resolver.analyze(text, text.indexOf('\n'), LocalDate.of(2026, 1, 22));
        assertEquals(Optional.of("2025"), periods.periodAt(text.indexOf("24456")));
        assertEquals(Optional.of("2026-01"), periods.periodAt(text.indexOf("发布会")), "the day itself stays this year's");
    }

    @Test
    void aLeadOnLastYearDatesTheStoryWhenTheTitleNamesThatYear() {
        String text = "2023年我国海洋生产总值达99097亿元\n记者了解到，2023年，我国海洋经济复苏强劲。\n海洋制造业比上年增长7%。";
        LocalDate march2024 = LocalDate.of(2024, 3, 23);
        assertEquals(Optional.of("2023"), resolver.analyze(text, text.indexOf('\n'), march2024).periodAt(text.indexOf("7%")));
        String untitled = "海洋经济复苏强劲\n记者了解到，2023年，我国海洋经济复苏强劲。\n海洋制造业比上年增长7%。";
        assertEquals(Optional.empty(), resolver.analyze(untitled, untitled.indexOf('\n'), march2024)
                .periodAt(untitled.indexOf("7%")));
    }

    @Test
    void aHeadlineInsideTheBodyTakesThePeriodThatOpensItsItem() {
        String text = "国内联播快讯\n央视网消息：\n中老铁路跨境旅客发送量超1万人次\n截至5月13日，中老铁路开行已满1个月，跨境旅客发送量超1万人次。";
        PeriodContext periods = resolver.analyze(text, text.indexOf('\n'), LocalDate.of(2023, 5, 14));
        assertEquals(Optional.of("2023-05"), periods.periodAt(text.indexOf("超1万")));
    }

    @Test
    void theSamePeriodOfAYearDatesTheAmountItIntroduces() {
        LocalDate march2021 = LocalDate.of(2021, 3, 24);
        assertEquals(Optional.of("2020"), periodOf("受疫情影响，2020年同期规模以上工业增加值同比下降23.2%。", "23.2%", march2021));
        String base = "1-2月，网上零售在上年同期18.0%的高增速基础上，继续实现38.6%的增长。";
        assertEquals(Optional.of("2020"), periodOf(base, "18.0%", march2021));
        assertEquals(Optional.of("2021-01/02"), periodOf(base, "38.6%", march2021));
        assertEquals(Optional.of("2023-Q1/Q3"), periodOf("前三季度，比率为14.3%，比上半年和上年同期分别回落0.4个百分点。", "0.4",
                LocalDate.of(2023, 10, 29)));
    }

    @Test
    void aPeriodAfterHigherThanIsTheBaseUnlessItDatesTheBasesAmount() {
        LocalDate aug2021 = LocalDate.of(2021, 8, 30);
        assertEquals(Optional.of("2021-01/07"), periodOf("1—7月，投资完成率54.4%，高于去年投资时序进度3.8个百分点。", "3.8", aug2021));
        assertEquals(Optional.of("2024-06"), periodOf("德国7月通胀率为2.3%，高于6月的2.2%。", "2.2%", LocalDate.of(2024, 8, 10)));
    }

    @Test
    void aHolidayIsItsLatestOccurrence() {
        LocalDate may2023 = LocalDate.of(2023, 5, 4);
        assertEquals(Optional.of("2023"), periodOf("“五一”假期，全国共举办营业性演出3.11万场次。", "3.11万", may2023));
        assertEquals(Optional.of("2022"), periodOf("国庆黄金周期间，全市接待游客120万人次。", "120万", may2023));
        assertEquals(Optional.of("2021"), periodOf("2021年“五一”假期，接待游客80万人次。", "80万", may2023));
        assertEquals(Optional.empty(), periodOf("长沙五一商圈夜间客流量超100万人次。", "100万", may2023));
    }

    @Test
    void theFrameOfAnEarlierSentencesFiguresGoesOnInItsParagraph() {
        String text = "今年前4个月，阿拉山口铁路口岸进出境班列2129列。霍尔果斯铁路口岸进出境班列2485列。";
        assertEquals(Optional.of("2023"), periodOf(text, "2485列", LocalDate.of(2023, 5, 14)));
        String topic = "2025年，城乡融合发展深入推进。行政村5G通达率超90%，农村公路总里程超过464万公里。";
        assertEquals(Optional.of("2025"), periodOf(topic, "464万", LocalDate.of(2025, 12, 7)), "a year alone opening the paragraph is its topic");
        String otherParagraph = "班列开行再创新高\n今年前4个月，阿拉山口铁路口岸进出境班列2129列。\n霍尔果斯铁路口岸进出境班列2485列。";
        assertEquals(Optional.empty(), periodOf(otherParagraph, "2485列", LocalDate.of(2023, 5, 14)));
    }

    @Test
    void aTitleNamingLastYearDatesAReportOnIt() {
        String text = "2012年大庆市国民经济和社会发展统计公报\n大庆市统计局\n初步核算，全年实现地区生产总值4000.5亿元。12月份，居民消费价格上涨2.1%。";
        PeriodContext periods = resolver.analyze(text, text.indexOf('\n'), LocalDate.of(2013, 3, 20));
        assertEquals(Optional.of("2012"), periods.periodAt(text.indexOf("4000.5")));
        assertEquals(Optional.of("2012-12"), periods.periodAt(text.indexOf("2.1%")));
        String older = "2010年经济回顾\n实现地区生产总值4000.5亿元。";
        assertEquals(Optional.empty(), resolver.analyze(older, older.indexOf('\n'), LocalDate.of(2013, 3, 20))
                .periodAt(older.indexOf("4000.5")), "only last year's report: older titles are retrospectives");
    }

    @Test
    void theDayOfABulletinItemsNewsDatesItsLaterParagraphs() {
        String text = "国际快讯\n联合国发布报告称，全球饥饿人口增加。\n美国多地发生枪击事件\n29日，美国多地发生枪击事件。坦帕地区的枪击造成2人死亡。\n"
            + "印第安纳波利斯市也发生枪击，造成1人死亡。\n英国多地抗议持续 741人被捕\n英国多地抗议持续。\n"
            + "俄罗斯去年对华供气增长。\n该管道全长约3000公里。";
        PeriodContext periods = resolver.analyze(text, 4, LocalDate.of(2023, 10, 30));
        assertEquals(Optional.of("2023-10"), periods.periodAt(text.indexOf("1人")), "the item's day, a paragraph before");
        assertEquals(Optional.empty(), periods.periodAt(text.indexOf("741人")), "a headline opens an item of its own");
        assertEquals(Optional.empty(), periods.periodAt(text.indexOf("3000公里")), "the paragraph before names another time last");
    }

    @Test
    void aMonthSomethingLastsUntilIsStillToCome() {
        String text = "补水计划持续至6月底，流经8个地级行政区。";
        assertEquals(Optional.of("2025-06"), periodOf(text, "8个", LocalDate.of(2025, 2, 23)));
    }

    @Test
    void amountsAfterRespectivelyAreOfTheYearsListedBeforeIt() {
        String text = "同比增长6.8%（2015和2016年同期增速分别为3.3%、0.5%）。";
        assertEquals(Optional.of("2015"), periodOf(text, "3.3%", JUNE_2022));
        assertEquals(Optional.of("2016"), periodOf(text, "0.5%", JUNE_2022));
        String revenue = "2021年和2022年，公司营收分别为30亿元和45亿元，净利润分别为3亿元和5亿元。";
        assertEquals(Optional.of("2021"), periodOf(revenue, "30亿元", JUNE_2022));
        assertEquals(Optional.of("2022"), periodOf(revenue, "45亿元", JUNE_2022));
        assertEquals(Optional.of("2021"), periodOf(revenue, "3亿元", JUNE_2022), "a later clause's 分别 pairs them again");
        assertEquals(Optional.of("2022"), periodOf("2022年，两市营收分别为30亿元和45亿元。", "30亿元", JUNE_2022),
            "one year lists nothing");
        String target = "将2022和2023财年每股盈测分别降低7%和8%，目标价由62港元下调至57港元。";
        assertEquals(Optional.of("2022"), periodOf(target, "7%", JUNE_2022));
        assertEquals(Optional.of("2023"), periodOf(target, "8%", JUNE_2022));
        assertEquals(Optional.empty(), periodOf(target, "57港元", JUNE_2022), "the years are not the later clause's");
    }

    @Test
    void yearsPairOnlyWithAsManyAmountsAndOnlyWhenNothingNearerDatesThem() {
        assertEquals(Optional.of("2022"), periodOf("2020年和2021年营收分别为30亿元和45亿元，2022年分别为20亿元和18亿元。",
            "20亿元", JUNE_2022), "a nearer year");
        assertTrue(periodOf("今年营收较2020年和2021年分别增长50%和20%。", "50%", JUNE_2022).filter("2020"::equals).isEmpty(),
            "the years are the bases of the comparison, not the rises' own");
        assertEquals(Optional.empty(), periodOf("2021年和2022年，北京、上海、广州营收分别为1亿元、2亿元、3亿元。", "1亿元",
            JUNE_2022), "分别 pairs three cities, not two years");
        assertEquals(Optional.of("2021-H1"), periodOf("2020年和2021年上半年营收分别为30亿元和45亿元。", "45亿元", JUNE_2022),
            "a half is no whole year");
        assertEquals(Optional.of("2020"), periodOf("2019年和2020年，全市粮食产量均超过100万吨。", "100万吨", JUNE_2022),
            "a list no 分别 pairs dates as before");
        assertEquals(Optional.of("2016"), periodOf("2015和2016年同期增速分别为三成、五成。", "五成", JUNE_2022), "numerals in words");
    }

    @Test
    void aChangeFromOneDatedAmountToAnotherIsAsOfItsEnd() {
        String text = "外贸进出口值从2014年的3.74万亿元增至2025年的4.7万亿元，增长25.7%，年均增长2.1%。";
        assertEquals(Optional.of("2014"), periodOf(text, "3.74", JUNE_2022));
        assertEquals(Optional.of("2025"), periodOf(text, "25.7%", JUNE_2022));
        assertEquals(Optional.of("2025"), periodOf(text, "2.1%", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("2025年的产值为4.7万亿元，增长25.7%。", "25.7%", JUNE_2022),
            "an attributive year of no change is used up by its amount");
    }

    @Test
    void nowAsTheBaseOfAComparisonDatesOnlyItsOwnAmount() {
        String text = "标普500指数将在2022年底前达到5100点，较目前4600点的水平上涨约11%。";
        assertEquals(Optional.of("2021"), periodOf(text, "4600点", DECEMBER_2021));
        assertEquals(Optional.of("2022"), periodOf(text, "约11%", DECEMBER_2021));
        assertEquals(Optional.of("2021"), periodOf("目前指数为4600点，上涨约11%。", "约11%", DECEMBER_2021), "no base");
    }

    @Test
    void thePeriodAMultipleIsOfIsItsBase() {
        String text = "今年以来，受益企业和返还资金分别是去年全年的1.8倍和1.9倍。";
        assertEquals(Optional.of("2022"), periodOf(text, "1.8倍", JUNE_2022));
        assertEquals(Optional.of("2022"), periodOf("企业数量分别是2020年1.4倍、5.2倍。", "5.2倍", JUNE_2022),
            "a multiple of a past year's figure is the figure now");
        assertEquals(Optional.of("2024"), periodOf("2024年，产量是2020年的1.4倍。", "1.4倍", JUNE_2022), "unless a time dates it");
        assertEquals(Optional.of("2021"), periodOf("高于去年的2.2%。", "2.2%", JUNE_2022), "the base's own amount");
    }

    @Test
    void aDayCarriesOverNeitherIntoADatedStoryNorOverASpanOfYears() {
        LocalDate january2024 = LocalDate.of(2024, 1, 10);
        assertEquals(Optional.of("2024-02"), periodOf("寒潮持续到2月，降温10℃。", "10℃", january2024), "持续到 a month to come");
        String dated = "2023年全市经济运行情况\n28日，市统计局召开新闻发布会。\n全市规上工业增加值增长6.2%。";
        assertEquals(Optional.of("2023"), resolver.analyze(dated, 12, LocalDate.of(2024, 1, 30)).periodAt(dated.indexOf("6.2%")),
            "the title dates the story");
        String span = "快讯\n17日，交通运输部发布数据。\n十年来，农村公路建设成效显著。";
        assertEquals(Optional.empty(), resolver.analyze(span, 2, LocalDate.of(2024, 6, 11)).periodAt(span.indexOf("十年")));
    }

    @Test
    void aNewsReportsUndatedFactsAreOfItsDay() {
        String report = "央视网消息（新闻联播）：上海启用发热诊间2594个。";
        assertEquals(Optional.of("2022"), periodOf(report, "2594个", JUNE_2022));
        assertEquals(Optional.empty(), periodOf("上海启用发热诊间2594个。", "2594个", JUNE_2022), "no byline: a profile");
        assertEquals(Optional.empty(), periodOf("央视网消息：20世纪80年代，种群数量仅存约150头。", "约150头", JUNE_2022),
            "a past set by words no time expression reads");
        for (String past : List.of("解放前，这里只有2户人家。", "改革开放之初，全村人均收入不足100元。", "此前，该县人均收入仅3000元。")) {
            String fact = past.substring(past.indexOf('，') + 1);
            assertEquals(Optional.empty(), periodOf("央视网消息（新闻联播）：" + past, fact, JUNE_2022), past);
        }
        assertTrue(periodOf("新华社北京6月9日电 经过8年攻坚拔寨，2021年2月25日，全国832个贫困县全部摘帽。", "8年", JUNE_2022)
            .filter("2022"::equals).isEmpty(), "another year in the sentence");
    }
}
