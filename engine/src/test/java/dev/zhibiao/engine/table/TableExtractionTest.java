package dev.zhibiao.engine.table;

import dev.zhibiao.engine.Indicator;
import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostParser;
import dev.zhibiao.engine.post.PostTable;
import dev.zhibiao.engine.region.RegionLevel;
import dev.zhibiao.engine.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An amount alone in a table cell takes its metric, place and period from the table's headings, rows and caption. */
class TableExtractionTest {
    private static final String POST = """
            ---
            title: "长顺县贫困基本情况"
            date: 2019-03-15 00:00:00 +0800
            tags: 长顺县新闻
            ---
            <p>全县深度贫困村情况如下。</p>
            <p>长顺县2017年深度贫困村基本情况</p>
            <table>
            <tr><td rowspan="2">乡镇</td><td rowspan="2">深度贫困村</td><td colspan="2">当前贫困人口</td><td rowspan="2">贫困发生率</td></tr>
            <tr><td>户</td><td>人</td></tr>
            <tr><td rowspan="2">白云山镇<br>（2个）</td><td>烂山村</td><td>220</td><td>772</td><td>27.32%</td></tr>
            <tr><td>金山村</td><td>240</td><td>834</td><td>25.92%</td></tr>
            <tr><td colspan="2">小计</td><td>460</td><td>1606</td><td>26.60%</td></tr>
            </table>
            <p>2018年全县贫困发生率下降到8.5%。</p>
            """;
    private static ParsedPost post;
    private static List<Indicator> indicators;

    @BeforeAll
    static void extract() {
        post = new PostParser().parse(POST, "2019-03-15-table.md");
        indicators = IndicatorExtractor.standard().extract(post);
    }

    @Test
    void cellsAreLaidOutOnTheGridOfRowAndColumnSpans() {
        PostTable table = post.tables().get(0);
        assertEquals(5, table.rows());
        assertEquals("当前贫困人口", cell(table, 0, 3));
        assertEquals("人", cell(table, 1, 3));
        assertEquals("白云山镇（2个）", cell(table, 3, 0), "a cell spanning two rows fills both; its lines are joined");
        assertEquals("金山村", cell(table, 3, 1));
        assertEquals("小计", cell(table, 4, 1), "a cell spanning two columns fills both");
        assertEquals("25.92%", cell(table, 3, 4));
    }

    @Test
    void anAmountInACellIsMeasuredByItsColumnPlacedByItsRowAndDatedByTheCaption() {
        Indicator rate = find("25.92%");
        assertEquals("贫困发生率", rate.metric());
        assertEquals("金山村", rate.region().name());
        assertEquals("2017", rate.period());
    }

    @Test
    void aRowOfTotalsNamesItsMeasureAndTakesThePlaceOfTheCaption() {
        Indicator subtotal = find("26.60%");
        assertEquals("小计贫困发生率", subtotal.metric());
        assertEquals("长顺县", subtotal.region().name());
        assertEquals("2017", subtotal.period());
    }

    @Test
    void aVillageTheDivisionTableDoesNotListIsALocalityOfItsCounty() {
        Indicator rate = find("27.32%");
        assertEquals("烂山村", rate.region().name());
        assertEquals(RegionLevel.LOCALITY, rate.region().level());
        assertEquals("长顺县", rate.region().path().get(rate.region().path().size() - 2));
    }

    @Test
    void amountsOutsideTheTableKeepTheirSentence() {
        Indicator later = find("8.5%");
        assertEquals("2018", later.period());
        assertEquals("贫困发生率", later.metric().replace("全县", ""));
    }

    @Test
    void aPostWithoutTablesHasNone() {
        ParsedPost plain = new PostParser().parse("---\ntitle: t\n---\n<p>共有194名。</p>", "plain.md");
        assertEquals(List.of(), plain.tables());
        assertNull(new PostParser().parse("---\ntitle: t\n---\n<table><tr><td></td></tr></table><p>x</p>", "blank.md")
            .tables().get(0).cell(0, 0));
    }

    private static String cell(PostTable table, int row, int column) {
        Span s = table.cell(row, column);
        return s == null ? null : s.of(post.text());
    }

    private static Indicator find(String text) {
        return indicators.stream().filter(i -> i.quantity().text().equals(text)).findFirst()
            .orElseThrow(() -> new AssertionError(text + " not found in " + indicators));
    }

    @Test
    void yearHeadingsDateTheirColumnAndAUnitColumnIsNoLabel() {
        String post = """
                ---
                title: "主要指标"
                date: 2018-03-15 00:00:00 +0800
                ---
                <p>全县主要指标。</p>
                <table>
                <tr><th>指标</th><th>单位</th><th>2016年</th><th>2017年</th></tr>
                <tr><td>地区生产总值增速</td><td>%</td><td>6.5%</td><td>7.1%</td></tr>
                <tr><td>财政收入占比</td><td>百分比</td><td>11.2%</td><td>12.4%</td></tr>
                </table>
                """;
        List<Indicator> found = IndicatorExtractor.standard().extract(new PostParser().parse(post, "2018-03-15-years.md"));
        Indicator growth = found.stream().filter(i -> i.quantity().text().equals("7.1%")).findFirst().orElseThrow();
        assertEquals("2017", growth.period());
        assertEquals("地区生产总值增速", growth.metric());
        Indicator share = found.stream().filter(i -> i.quantity().text().equals("11.2%")).findFirst().orElseThrow();
        assertEquals("2016", share.period());
        assertEquals("财政收入占比", share.metric());
    }

    @Test
    void aCaptionIsReadAsTheTablesTitle() {
        String post = "---\ntitle: t\n---\n<p>正文。</p><table><caption>2017年全县生产总值55.3亿元</caption>"
            + "<tr><td>指标</td><td>数值</td></tr></table>";
        List<Indicator> found = IndicatorExtractor.standard().extract(new PostParser().parse(post, "caption.md"));
        assertEquals(List.of("55.3亿元"), found.stream().map(i -> i.quantity().text()).toList());
    }
}
