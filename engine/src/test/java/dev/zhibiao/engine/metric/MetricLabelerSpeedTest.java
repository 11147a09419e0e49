package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels every amount spotted in the shared corpus and reports the throughput. */
class MetricLabelerSpeedTest {
    private final MetricLabeler labeler = new MetricLabeler();

    @Test
    void labelsTheCorpusFast() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GoldPosts.sharedDir().resolve("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).toList()) {
                texts.add(GoldPosts.cleanText(Files.readString(f)));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        int labels = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            labels = 0;
            for (String text : texts) {
                List<Quantity> amounts = AmountSpotter.inParagraphs(text);
                for (Quantity q : amounts) {
                    labels += labeler.label(text, q, amounts).isEmpty() ? 0 : 1;
                }
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        double charsPerSecond = chars / (best / 1e9);
        System.out.printf("Metric labeling: %d posts, %d chars, %d labels, %.0f chars/s%n",
                texts.size(), chars, labels, charsPerSecond);
        // ~750k chars/s measured on the 2-core dev box, spotting included; the floor leaves room for a loaded machine
        assertTrue(charsPerSecond > 300_000, "too slow: " + charsPerSecond);
    }
}
