package dev.zhibiao.engine.post;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostParserTest {
    private final PostParser parser = new PostParser();

    @Test
    void readsFrontMatterAndCleansTheHtmlBody() {
        String post = """
                ---
                layout: post
                title: "田东锻造乡村振兴“尖兵”"
                date: 2022-06-10 07:44:04 +0800
                categories: youjiangribao
                tags: 右江日报新闻
                ---
                <p>本报田东讯去年以来，田东县<strong>为让</strong>新一轮选派的驻村工作队员尽快转换角色。</p> <p>共选派第一书记和驻村工作队员194名。</p>
                <script>alert(1)</script><p style="display:none">隐藏 999个</p>
                <http://finews.example/html_News/NewsShare.html?infoCode=NW202206102407605958>

                [返回右江日报新闻](//finews.example/category/youjiangribao.html)｜[返回首页](//finews.example/)
                """;
        ParsedPost p = parser.parse(post, "corpus/youjiangribao/2022-06-10-202206102407605958.md");
        assertEquals("2022-06-10-202206102407605958", p.id());
        assertEquals("田东锻造乡村振兴“尖兵”", p.title());
        assertEquals(OffsetDateTime.parse("2022-06-10T07:44:04+08:00"), p.publishedAt());
        assertEquals(List.of("youjiangribao"), p.categories());
        assertEquals(List.of("右江日报新闻"), p.tags());
        assertEquals("田东锻造乡村振兴“尖兵”\n本报田东讯去年以来，田东县为让新一轮选派的驻村工作队员尽快转换角色。\n共选派第一书记和驻村工作队员194名。",
                p.text());
        assertEquals(p.title().length(), p.titleEnd());
    }

    @Test
    void markdownBodiesLoseQuoteMarksAndLinkLines() {
        String post = "---\ntitle: \"\"\ndate:  +0800\ncategories: emnews\n---\n> 据悉，5月24日，霍尼韦尔宣布提供制冷剂。（上海证券报）\n\n"
                + "记者[今天](http://x.example)了解到，累计打击恶意商标注册申请37.6万件。\n\n<http://finance.example/news/1355,202112082206735975.html>\n";
        ParsedPost p = parser.parse(post, "finews/_posts/2022-05-26-202205262391921712.md");
        assertEquals("", p.title());
        assertEquals(0, p.titleEnd());
        assertEquals("\n据悉，5月24日，霍尼韦尔宣布提供制冷剂。（上海证券报）\n记者今天了解到，累计打击恶意商标注册申请37.6万件。", p.text());
        assertEquals(OffsetDateTime.parse("2022-05-26T00:00+08:00"), p.publishedAt(), "date from the Jekyll file name");
    }

    /** The date as the post's site means it: Beijing time unless an offset is written, and only a day that exists. */
    @Test
    void readsTheDateAsWritten() {
        // YAML reads a date without offset in UTC: this post would have been dated 2022-01-01 04:00 in Beijing
        assertDated("2021-12-31T20:00+08:00", "2021-12-31 20:00:00");
        assertDated("2021-12-08T00:00+08:00", "2021-12-08");
        assertDated("2021-12-08T09:05+08:00", "2021-12-8 9:05");
        assertDated("2021-12-08T10:53:54.5+08:00", "2021-12-08T10:53:54.5+08:00");
        assertDated("2021-12-08T10:53:54Z", "2021-12-08 10:53:54 Z");
        assertDated("2022-06-10T07:44:04+08:00", "2022-06-10 07:44:04 +0800");
        assertDated("2022-06-10T07:44:04-05:00", "2022-06-10 07:44:04 -5");
        assertDated("2021-12-08T10:53:54+08:00", "2021-12-08 10:53:54 +8:00");
        assertDated("2021-12-08T10:53:54-05:30", "2021-12-08 10:53:54 -05:30");
        assertDated("2021-12-08T10:53:54+08:00", "2021-12-08 10:53:54.");
        // quoted, tagged or plain: the same date
        assertDated("2021-12-31T20:00+08:00", "\"2021-12-31 20:00:00\"");
        assertDated("2021-12-31T20:00+08:00", "!!timestamp 2021-12-31 20:00:00");
        assertNull(dated("!!timestamp 2021-02-30"));
        // no such day: no rollover into 2022-02-14 or 2021-03-02, the post is read as undated
        assertNull(dated("2021-13-45 10:00:00"));
        assertNull(dated("2021-02-29"));
        assertNull(dated("2021-12-08 25:00:00"));
        // placeholders, not publication dates: 去年 would be year 0 and 下月 year 10000
        assertNull(dated("0001-01-01"));
        assertNull(dated("9999-12-31 23:59:59"));
        assertDated("1900-01-01T00:00+08:00", "1900-01-01");
        assertEquals(OffsetDateTime.parse("2021-12-08T00:00+08:00"),
            parser.parse("---\ntitle: t\ndate: 0001-01-01\n---\n<p>正文</p>", "2021-12-08-post.md").publishedAt(),
            "the file name's date stands in for a placeholder");
    }

    @Test
    void thePublicationDayIsBeijingsDay() {
        // 今年 and a day of the month count from the day in Beijing, whatever offset the date is written with
        assertEquals(LocalDate.of(2022, 1, 1), postDated("2021-12-31T20:00:00Z").publishedOn());
    }

    private void assertDated(String expected, String written) {
        assertEquals(OffsetDateTime.parse(expected), dated(written), written);
    }

    private OffsetDateTime dated(String date) {
        return postDated(date).publishedAt();
    }

    /** A post whose front matter has {@code date: <written>} and whose file name gives no date. */
    private ParsedPost postDated(String written) {
        return parser.parse("---\ntitle: t\ndate: " + written + "\n---\n<p>正文</p>", "undated.md");
    }

    @Test
    void postWithoutNameGetsAContentId() {
        ParsedPost p = parser.parse("---\ntitle: t\n---\n<p>正文</p>", null);
        assertTrue(p.id().startsWith("sha256-"));
        assertNull(p.publishedAt());
    }

    @Test
    void rejectsWhatIsNotAPostWithAReadableReason() {
        assertTrue(assertThrows(PostFormatException.class, () -> parser.parse("共有194名。", "x.md"))
                .getMessage().contains("front matter"));
        assertTrue(assertThrows(PostFormatException.class, () -> parser.parse("---\ntitle: \"a\n---\n<p>x</p>", "x.md"))
                .getMessage().contains("YAML"));
        assertTrue(assertThrows(PostFormatException.class, () -> parser.parse("---\ntitle: a\n<p>x</p>", "x.md"))
                .getMessage().contains("not closed"));
        assertTrue(assertThrows(PostFormatException.class, () -> parser.parse("---\n- a\n- b\n---\n<p>x</p>", "x.md"))
                .getMessage().contains("mapping"));
        assertTrue(assertThrows(PostFormatException.class, () -> parser.parse("---\ntitle: a\n---\n<p> </p>", "x.md"))
                .getMessage().contains("no body"));
        assertTrue(assertThrows(PostFormatException.class, () -> parser.parse("", "x.md")).getMessage().contains("empty"));
    }

    @Test
    void yamlAliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        yaml.append("title: bomb\n---\n<p>正文</p>\n");
        PostFormatException e = assertThrows(PostFormatException.class, () -> parser.parse(yaml.toString(), "bomb.md"));
        assertTrue(e.getMessage().contains("YAML"), e.getMessage());
    }

    @Test
    void snippetsHaveNoTitle() {
        ParsedPost p = parser.parseSnippet("离岸人民币兑美元升至6.3512。\n\n  第二段  ", null);
        assertEquals("离岸人民币兑美元升至6.3512。\n第二段", p.text());
        assertEquals(0, p.titleEnd());
        assertFalse(p.id().isBlank());
    }
}
