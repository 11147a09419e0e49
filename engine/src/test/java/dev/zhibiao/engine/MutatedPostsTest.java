package dev.zhibiao.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostFormatException;
import dev.zhibiao.engine.post.PostParser;
import dev.zhibiao.engine.quantity.Qualifier;
import dev.zhibiao.engine.quantity.Quantity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The extractor on corpus posts damaged at random — cut short, with spans deleted or repeated, with numerals, units,
 * marks, markup and other posts' paragraphs inserted, with odd dates — as text in the wild can be. It must not fail on
 * any post it can parse (a failure loses the whole post), and what it reports must stay sound: each amount's text at
 * its offsets and inside its sentence, a range's upper end not below its lower one, no two amounts overlapping. The
 * seed is fixed, so a failure names a reproducible post. A smoke test: the faults found by longer runs have their own
 * regression tests.
 */
class MutatedPostsTest {
    /** Seed and number of posts; a longer hunt: {@code -Dzhibiao.mutated.seed=7 -Dzhibiao.mutated.posts=300000}. */
    private static final long SEED = Long.getLong("zhibiao.mutated.seed", 20261130L);
    private static final int DAMAGED_POSTS = Integer.getInteger("zhibiao.mutated.posts", 3000);
    private static final int MAX_EDITS = 12;
    private static final int MAX_SPAN = 200;
    /** What inserts are made of: the pieces of amounts, ranges, dates, places and markup the engine reads. */
    private static final String[] PIECES = {"1", "2", "0", "9", ".", "5.5", "12,345", "１２", "万", "亿", "千", "百", "十",
        "余", "多", "约", "近", "%", "％", "、", "，", "。", "（", "）", "(", ")", "年", "月", "日", "至", "-", "—", "~", "～", "第",
        "点", "零", "〇", "两", "半", "\n", "元", "个", "名", "人次", "倍", "个百分点", "同比增长", "下降", "以上", "以下", "不足",
        "分之", "成", "县", "村", "镇", "省", "市", "占", "比", "的", "<br>", "<p>", "</p>",
        "<table><tr><td>1</td><td>万元</td></tr></table>", "|", "---", " ", "：", "/", "每", "亩", "吨", "美元", "￥", "$", "廿",
        "壹", "数", "上", "几", "今年", "去年", "截至", "底", "季度", "上半年", "一", "三", "E", "e", "^",
        // a note alone in brackets after a word: its clause ends before it (元年（700年）, 4个（3个）)
        "（700年）", "元年（", "（3个）", "(5%)"};
    /** Dates a front matter may carry: late in the day, impossible, of odd years and forms, or no date at all. */
    private static final String[] DATES = {"2021-12-31 20:00:00", "0001-01-01", "9999-12-31 23:59:59 +14:00", "2021-02-29",
        "2021-1-1 1:1", "2021-12-08T10:00:00.123456789Z", "20211208", "2021-12-08 10:00 -12", "!!timestamp 2021-12-08",
        "\"2021-12-08\"", "[2021]", "{a: 1}", "2021-12-08 24:00:00", "今天"};

    private final IndicatorExtractor extractor = IndicatorExtractor.standard();
    private final PostParser parser = new PostParser();

    @Test
    void damagedPostsAreExtractedSoundly() throws IOException {
        List<String> posts = corpusPosts();
        Random random = new Random(SEED);
        int parsed = 0;
        for (int n = 0; n < DAMAGED_POSTS; n++) {
            String damaged = damage(posts.get(random.nextInt(posts.size())), random, posts);
            ParsedPost post;
            try {
                post = parser.parse(damaged, "damaged-" + n + ".md");
            } catch (PostFormatException e) {
                continue; // a post the parser rejects with a reason is handled: the service dead-letters it
            }
            parsed++;
            for (boolean bareNumbers : new boolean[] {false, true}) {
                try {
                    List<Indicator> found = extractor.extract(post, bareNumbers);
                    found.forEach(i -> assertSound(post, i));
                    assertApart(found);
                } catch (PostFormatException e) {
                    assertTrue(e.getMessage().contains("amounts"), e::getMessage); // too many amounts: rejected with a reason
                } catch (RuntimeException | AssertionError e) {
                    fail("damaged post " + n + " (seed " + SEED + ", bare numbers " + bareNumbers + "):\n" + damaged, e);
                }
            }
        }
        assertTrue(parsed > DAMAGED_POSTS / 2, "too few damaged posts parsed to test anything: " + parsed);
    }

    private static void assertSound(ParsedPost post, Indicator indicator) {
        Quantity q = indicator.quantity();
        String text = post.text();
        assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), () -> "offsets outside the text: " + q);
        assertTrue(text.substring(q.start(), q.end()).equals(q.text()), () -> "text not at its offsets: " + q);
        assertTrue(indicator.sentence().start() <= q.start() && q.end() <= indicator.sentence().end(),
                () -> "amount outside its sentence " + indicator.sentence() + ": " + q);
        assertFalse(q.qualifier() == Qualifier.RANGE && q.max().compareTo(q.value()) < 0, () -> "range upside down: " + q);
    }

    /** No two amounts share a character: each character is read once. */
    private static void assertApart(List<Indicator> found) {
        List<Quantity> byStart = found.stream().map(Indicator::quantity)
                .sorted(Comparator.comparingInt(Quantity::start)).toList();
        for (int i = 1; i < byStart.size(); i++) {
            Quantity before = byStart.get(i - 1);
            Quantity after = byStart.get(i);
            assertTrue(before.end() <= after.start(), () -> "amounts overlap: " + before + " and " + after);
        }
    }

    /**
     * The post with one to {@link #MAX_EDITS} random edits of its body, sometimes another date in its front matter or
     * a paragraph of another post spliced in.
     */
    private static String damage(String post, Random random, List<String> posts) {
        String dated = random.nextInt(4) == 0
                ? post.replaceFirst("(?m)^date:.*$", Matcher.quoteReplacement("date: " + DATES[random.nextInt(DATES.length)]))
                : post;
        int bodyStart = dated.indexOf("---", 3) + 3;
        StringBuilder b = new StringBuilder(dated);
        if (random.nextInt(10) == 0) {
            String other = posts.get(random.nextInt(posts.size()));
            int open = other.indexOf("<p>", random.nextInt(other.length()));
            int close = open < 0 ? -1 : other.indexOf("</p>", open);
            if (close > open) {
                b.insert(bodyStart + random.nextInt(b.length() - bodyStart), other, open, close + "</p>".length());
            }
        }
        int edits = 1 + random.nextInt(MAX_EDITS);
        for (int e = 0; e < edits && b.length() > bodyStart + 1; e++) {
            int length = b.length();
            int at = bodyStart + random.nextInt(length - bodyStart);
            switch (random.nextInt(6)) {
                case 0 -> b.setLength(at);
                case 1 -> b.delete(at, Math.min(length, at + 1 + random.nextInt(MAX_SPAN / 5)));
                case 2 -> {
                    int from = bodyStart + random.nextInt(length - bodyStart);
                    b.insert(at, b.substring(from, Math.min(length, from + 1 + random.nextInt(MAX_SPAN))));
                }
                default -> {
                    StringBuilder inserted = new StringBuilder();
                    for (int k = 1 + random.nextInt(6); k > 0; k--) {
                        inserted.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    b.insert(at, inserted);
                }
            }
        }
        return b.toString();
    }

    private static List<String> corpusPosts() throws IOException {
        Path corpus = SharedFiles.dir().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        List<String> posts = new ArrayList<>();
        for (Path f : SharedFiles.corpusPosts()) {
            posts.add(Files.readString(f));
        }
        return posts;
    }
}
