package dev.zhibiao.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The passes of {@link EngineWorkloads} timed on the thread's CPU time, which other processes on a shared machine do
 * not inflate as they do wall-clock time: each pass warms up for {@code WARMUP_SECONDS} of CPU, then is measured over
 * {@code MEASURE_SECONDS}. Arguments: optional pass names (engine quantities metrics regions periods); default all.
 */
public final class CpuTimeMain {
    private static final double WARMUP_SECONDS = 8;
    private static final double MEASURE_SECONDS = 10;

    private CpuTimeMain() {
    }

    public static void main(String[] args) {
        Corpus corpus = Corpus.load();
        EngineWorkloads workloads = new EngineWorkloads(corpus.posts());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ThroughputReport report = new ThroughputReport(corpus);
        report.header("thread CPU time");
        long[] sink = new long[1];
        Consumer<Object> consume = result -> sink[0] += System.identityHashCode(result);
        for (Map.Entry<String, Consumer<Consumer<Object>>> pass : workloads.passes().entrySet()) {
            if (args.length > 0 && !Arrays.asList(args).contains(pass.getKey())) {
                continue;
            }
            runFor(threads, pass.getValue(), consume, WARMUP_SECONDS);
            double[] measured = runFor(threads, pass.getValue(), consume, MEASURE_SECONDS);
            report.line(pass.getKey(), measured[0] / measured[1]);
        }
        System.out.println("(sink " + (sink[0] & 1) + ")");
    }

    /** Runs whole passes until {@code seconds} of CPU time are spent: the passes run and the CPU seconds taken. */
    private static double[] runFor(ThreadMXBean threads, Consumer<Consumer<Object>> pass, Consumer<Object> sink, double seconds) {
        long start = threads.getCurrentThreadCpuTime();
        int passes = 0;
        long spent;
        do {
            pass.accept(sink);
            passes++;
            spent = threads.getCurrentThreadCpuTime() - start;
        } while (spent < seconds * 1e9);
        return new double[] {passes, spent / 1e9};
    }
}
