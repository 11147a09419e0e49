package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.SharedFiles;
import dev.zhibiao.engine.quantity.Quantity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels every amount spotted in the shared corpus and reports the throughput. */
class MetricLabelerSpeedTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final MetricLabeler labeler = new MetricLabeler();

    @Test
    void labelsTheCorpusFast() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path f : SharedFiles.corpusPosts()) {
            texts.add(GoldPosts.cleanText(Files.readString(f)));
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        int labels = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = CPU.getCurrentThreadCpuTime();
            labels = 0;
            for (String text : texts) {
                List<Quantity> amounts = AmountSpotter.inParagraphs(text);
                labels += (int) labeler.labels(text, amounts).stream().filter(l -> !l.isEmpty()).count();
            }
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        double charsPerSecond = chars / (best / 1e9);
        System.out.printf("Metric labeling: %d posts, %d chars, %d labels, %.0f chars per CPU second%n",
                texts.size(), chars, labels, charsPerSecond);
        // thread CPU time, as wall time swings with the load of the shared box; ~750k measured, spotting included
        assertTrue(charsPerSecond > 300_000, "too slow: " + charsPerSecond);
    }
}
