package dev.zhibiao.pipelinebench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The benchmark's figures as Markdown: each stage's rate, its limit on the same machine, and the ratio. */
final class Report {
    private final PipelineBenchmark.Options options;
    private final String machine = PipelineBenchmark.machine();
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Workload workload;
    private Stopwatch.Timed endToEnd;
    private double ingestSeconds;
    private long indicators;
    private double copyPostsPerSecond;
    private double copyRowsPerSecond;
    private Stopwatch.Timed queryAlone;
    private Stopwatch.Timed extractAlone;

    Report(PipelineBenchmark.Options options) {
        this.options = options;
    }

    void workload(Workload w) {
        this.workload = w;
    }

    void endToEnd(Stopwatch.Timed timed, double ingestSeconds, long indicators, Map<String, Double> cpuMsPerPost) {
        progress("end to end %,.0f posts/s (%.0f s), ingest command %.0f s", timed.rate(), timed.seconds(), ingestSeconds);
        this.endToEnd = timed;
        this.ingestSeconds = ingestSeconds;
        this.indicators = indicators;
        StringBuilder line = new StringBuilder("CPU per post, end to end: ");
        double total = cpuMsPerPost.values().stream().mapToDouble(Double::doubleValue).sum();
        cpuMsPerPost.forEach((process, ms) -> line.append(String.format("%s %.2f ms, ", process, ms)));
        line.append(String.format("total %.2f ms (%.0f posts/s would fill %d cores).", total,
                Runtime.getRuntime().availableProcessors() * 1000 / total, Runtime.getRuntime().availableProcessors()));
        notes.add(line.toString());
        progress("%s", line);
    }

    void copy(StoredRows.CopyTiming copy, long posts) {
        progress("COPY %,d rows in %.1f s", copy.rows(), copy.seconds());
        this.copyPostsPerSecond = posts / copy.seconds();
        this.copyRowsPerSecond = copy.rows() / copy.seconds();
    }

    void queryAlone(Stopwatch.Timed timed, double cpuMsPerPost) {
        progress("query-service alone %,.0f events/s, %.2f ms CPU per event", timed.rate(), cpuMsPerPost);
        this.queryAlone = timed;
        notes.add(String.format("query-service alone: %.2f ms CPU per event.", cpuMsPerPost));
    }

    void extractAlone(Stopwatch.Timed timed, double cpuMsPerPost) {
        progress("extract-service alone %,.0f posts/s, %.2f ms CPU per post", timed.rate(), cpuMsPerPost);
        this.extractAlone = timed;
        notes.add(String.format("extract-service alone: %.2f ms CPU per post.", cpuMsPerPost));
    }

    /**
     * @param produceRaw  producer perf tool, raw-post records/s
     * @param consumeRaw  consumer perf tool, raw-post records/s
     * @param produceEvents producer perf tool, indicator-event records/s
     * @param consumeEvents consumer perf tool, indicator-event records/s
     */
    void kafkaLimits(double produceRaw, double consumeRaw, double produceEvents, double consumeEvents) {
        // extract-service consumes a raw post and produces its event on the same machine: the two costs add up
        double extractLimit = 1 / (1 / consumeRaw + 1 / produceEvents);
        double rowsPerPost = (double) indicators / workload.posts() + 1;
        rows.add(row("end to end: first ingest call → last post stored", endToEnd.rate(), "posts/s",
                "≥ 1,000 posts/s", -1, ""));
        rows.add(row("ingest: directory-ingest command → raw topic acked", workload.posts() / ingestSeconds, "posts/s",
                "", produceRaw, "producer perf tool, the same raw-post records"));
        rows.add(row("extract-service alone (replay of the raw topic)", extractAlone.rate(), "posts/s", "≥ 50 %",
                extractLimit, String.format("consumer %,.0f/s of the raw posts + producer %,.0f/s of the events", consumeRaw, produceEvents)));
        rows.add(row("query-service alone (fresh consumer group)", queryAlone.rate(), "events/s", "≥ 50 %",
                copyPostsPerSecond, String.format("PostgreSQL COPY of the same rows: %,.0f rows/s (%.1f rows per post)",
                        copyRowsPerSecond, rowsPerPost)));
        notes.add(String.format("Consumer perf tool on the indicator events: %,.0f records/s (query-service's own Kafka limit).", consumeEvents));
    }

    void memory(Map<String, Long> servicePeaks, long brokerPeak) {
        StringBuilder line = new StringBuilder("Peak RSS: ");
        servicePeaks.forEach((service, mib) -> line.append(service).append(' ').append(mib).append(" MiB, "));
        line.append("broker ").append(brokerPeak).append(" MiB (-Xmx512m). Service JVM options: `")
                .append(String.join(" ", options.jvmOptions())).append("`.");
        notes.add(line.toString());
    }

    /** Each figure as soon as it is measured, so a later failure does not lose it. */
    private void progress(String format, Object... args) {
        String line = String.format(format, args);
        System.err.println("==> " + line);
    }

    private static String row(String stage, double rate, String unit, String target, double limit, String limitSource) {
        String limitCell = limit > 0 ? String.format("%,.0f/s — %s", limit, limitSource) : "—";
        String ratio = limit > 0 ? String.format("%.0f %%", 100 * rate / limit) : "—";
        return String.format("| %s | %,.0f %s | %s | %s | %s |", stage, rate, unit, limitCell, ratio, target);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Workload: %,d posts (%.1f MB of post files, the corpus replicated), %,d indicators stored; %s.%n%n",
                workload.posts(), workload.bytes() / 1e6, indicators, machine));
        md.append("| stage | measured | limit on this machine | ratio | target |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }
}
