package dev.zhibiao.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhibiao.engine.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs {@link QuantityRecognizer#find} over every post of the shared corpus: no exception, sound offsets, no dates. */
class CorpusSanityTest {
    private static final Pattern YEAR = Pattern.compile("^\\D{0,4}(1[89]|20|21)\\d\\d年");
    private static final Pattern DATE = Pattern.compile("\\d+月\\d+日|^[0-9０-９一二三四五六七八九十]+月\\d*");

    @Test
    void findOverTheWholeCorpus() throws IOException {
        Path corpus = SharedFiles.dir().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        List<Path> posts;
        try (Stream<Path> files = Files.walk(corpus)) {
            posts = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertFalse(posts.isEmpty());
        QuantityRecognizer recognizer = new QuantityRecognizer();
        int found = 0;
        for (Path post : posts) {
            String text = Files.readString(post);
            for (Quantity q : recognizer.find(text)) {
                String where = post.getFileName() + " @" + q.start() + ": " + q;
                assertEquals(q.text(), text.substring(q.start(), q.end()), where);
                assertFalse(YEAR.matcher(q.text()).find(), "a year: " + where);
                assertFalse(DATE.matcher(q.text()).find(), "a date: " + where);
                found++;
            }
        }
        assertTrue(found > posts.size(), "too few quantities: " + found);
    }
}
