package dev.zhibiao.ingest.source.extract;

import dev.zhibiao.ingest.source.CorpusPost;
import dev.zhibiao.ingest.source.NewsSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void articlePageGivesTitleDateCanonicalUrlAndBodyWithoutClutter() {
        CorpusPost post = CorpusPost.first("xinwenlianbo", 1).get(0);
        String html = NewsSite.articlePage(post, "https://news.example/a/1.html", "utf-8");
        Article article = extractor.extract(html, "http://127.0.0.1:1/news/1.html?from=rss");
        assertEquals(post.title(), article.title());
        assertEquals(OffsetDateTime.parse("2022-09-25T19:00:00+08:00"), article.publishedAt());
        assertEquals("https://news.example/a/1.html", article.canonicalUrl());
        String text = Jsoup.parse(article.bodyHtml()).text();
        assertTrue(text.contains(post.firstSentence()), text);
        for (String clutter : List.of("首页", "广告位", "版权所有", "统计代码")) {
            assertFalse(text.contains(clutter), clutter + " in " + text);
        }
    }

    @Test
    void clutteredPageIsReducedToTheDensestBlock() {
        CorpusPost post = CorpusPost.first("xinwenlianbo", 2).get(1);
        Article article = extractor.extract(NewsSite.clutteredPage(post), "http://127.0.0.1:1/news/c.html");
        assertEquals(post.title(), article.title());
        assertEquals(OffsetDateTime.parse(post.date().replace(" +0800", "+08:00").replace(' ', 'T')),
                article.publishedAt());
        String text = Jsoup.parse(article.bodyHtml()).text();
        assertTrue(text.contains(post.firstSentence()), text);
        for (String clutter : List.of("栏目导航", "优惠券", "热点新闻", "ICP", "广告脚本")) {
            assertFalse(text.contains(clutter), clutter + " in " + text);
        }
    }

    @Test
    void postMarkdownIsAJekyllPostWithQuotedTitleAndCategories() {
        Article article = new Article("标题 \"引号\": 冒号", OffsetDateTime.parse("2024-05-06T02:00:00Z"),
                "<p>正文。</p>", "https://news.example/1");
        assertEquals("""
                ---
                layout: post
                title: "标题 \\"引号\\": 冒号"
                date: 2024-05-06 10:00:00 +0800
                categories: ["财经", "test"]
                source_url: "https://news.example/1"
                ---
                <p>正文。</p>
                """, PostMarkdown.of(article, List.of("财经", "test")));
    }
}
