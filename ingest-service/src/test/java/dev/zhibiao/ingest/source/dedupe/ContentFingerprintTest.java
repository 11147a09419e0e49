package dev.zhibiao.ingest.source.dedupe;

import dev.zhibiao.ingest.source.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentFingerprintTest {
    @Test
    void finewsCopiesWithDifferentFootersHashAlike() throws IOException {
        Path finews = SharedCorpus.dir("finews");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(finews)) {
            files = walk.filter(f -> f.toString().endsWith(".md")).toList();
        }
        Set<String> hashes = new HashSet<>();
        files.forEach(f -> hashes.add(ContentFingerprint.of(SharedCorpus.read(f))));
        assertEquals(200, files.size());
        // 150 file names; the 50 footer pairs collapse, and so do two wires' identical flashes published 12 s
        // apart under different ids (…06748961 and …06749391: "在岸人民币兑美元升至2018年5月以来新高，现报6.3565。")
        assertEquals(149, hashes.size());
        assertEquals(ContentFingerprint.of(SharedCorpus.read(finews.resolve("_posts/2021-12-08-202112082206748961.md"))),
                ContentFingerprint.of(SharedCorpus.read(finews.resolve("_posts/2021-12-08-202112082206749391.md"))));
        String name = "2021-12-08-202112082206672930.md";
        assertEquals(ContentFingerprint.of(SharedCorpus.read(finews.resolve("_posts").resolve(name))),
                ContentFingerprint.of(SharedCorpus.read(finews.resolve("old_post").resolve(name))));
    }

    @Test
    void footersLinksAndMarkupDoNotCountButTheTextDoes() {
        String post = """
                ---
                title: "离岸人民币兑美元升至高位"
                date: 2021-12-08 10:46:18
                ---
                <p>离岸人民币兑美元升至6.3512。</p><p class="em_media">（文章来源：上海证券报）</p>

                <http://finance.eastmoney.com/news/11060,202112082206672930.html>
                """;
        String republished = """
                ---
                layout: post
                title: 离岸人民币兑美元升至高位
                date: 2021-12-08 10:46:18 +0800
                ---
                离岸人民币兑美元升至 6.3512 。

                [返回东财滚动新闻](//finews.zning.me/emnews/)｜[返回首页](//finews.zning.me/)
                """;
        assertEquals(ContentFingerprint.of(post), ContentFingerprint.of(republished));
        assertNotEquals(ContentFingerprint.of(post), ContentFingerprint.of(post.replace("6.3512", "6.3513")));
    }
}
