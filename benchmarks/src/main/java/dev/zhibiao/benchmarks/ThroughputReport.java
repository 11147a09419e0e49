package dev.zhibiao.benchmarks;

import java.util.Locale;

/** Prints a pass rate over the corpus as posts/s and MB/s of clean text. */
final class ThroughputReport {
    private final Corpus corpus;

    ThroughputReport(Corpus corpus) {
        this.corpus = corpus;
    }

    void header(String clock) {
        System.out.printf(Locale.ROOT, "%nCorpus: %d posts, %.2f MB of clean text (UTF-8), one thread, %s%n",
                corpus.posts().size(), corpus.textBytes() / 1e6, clock);
        System.out.printf(Locale.ROOT, "%-12s %12s %12s %10s%n", "pass", "posts/s", "MB/s", "ms/pass");
    }

    void line(String name, double passesPerSecond) {
        System.out.printf(Locale.ROOT, "%-12s %12.0f %12.2f %10.1f%n", name, passesPerSecond * corpus.posts().size(),
                passesPerSecond * corpus.textBytes() / 1e6, 1000 / passesPerSecond);
    }
}
