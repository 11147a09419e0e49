package dev.zhibiao.ingest.source.folder;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostFilesTest {
    private final PostFiles files = new PostFiles();

    @Test
    void jekyllPostsAreTakenAsTheyAre() throws NotAPostException {
        String post = "\n---\ntitle: 标题\nsource_url: https://news.example/1.html\n---\n<p>正文。</p>\n";
        assertEquals(post, files.asPost(post, "2024-05-06-a.md"));
        assertEquals("https://news.example/1.html", files.sourceUrl(post));
    }

    @Test
    void hexoFrontMatterWithoutTheOpeningFenceGetsOne() throws NotAPostException {
        String hexo = "title: 标题\ndate: 2024-05-06 10:00:00\ntags:\n- 经济\n---\n正文。\n";
        assertEquals("---\n" + hexo, files.asPost(hexo, "a.md"));
        assertNull(files.sourceUrl("---\n" + hexo));
    }

    @Test
    void aPlainHtmlPageBecomesAPostAndPlainMarkdownIsRejected() throws NotAPostException {
        String page = "<html><head><title>标题</title></head><body><nav>导航</nav>"
                + "<article><h1>标题</h1><p>2024年5月6日，全县完成投资12亿元，同比增长8.5%。</p></article></body></html>";
        String post = files.asPost(page, "a.html");
        assertTrue(post.startsWith("---\nlayout: post\ntitle: \"标题\"\ndate: 2024-05-06 00:00:00 +0800\n"), post);
        assertTrue(post.contains("全县完成投资12亿元") && !post.contains("导航"), post);
        assertThrows(NotAPostException.class, () -> files.asPost("# 只是笔记\n没有前言。", "notes.md"));
    }
}
