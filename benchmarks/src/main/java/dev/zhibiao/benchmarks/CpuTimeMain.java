package dev.zhibiao.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The passes of {@link EngineWorkloads} timed on the thread's CPU time, which other processes on a shared machine do
 * not inflate as they do wall-clock time: each pass warms up for {@code WARMUP_SECONDS} of CPU and then until the JIT
 * is quiet (on two busy cores its one C2 thread may still be compiling the engine a minute later, and passes of
 * half-compiled code are half as fast), then is measured over {@code MEASURE_SECONDS}. Arguments: optional pass names
 * (engine quantities metrics regions periods); default all.
 */
public final class CpuTimeMain {
    private static final double WARMUP_SECONDS = 8;
    private static final double MEASURE_SECONDS = 10;
    /** The JIT is quiet when the passes of {@code QUIET_PASSES} in a row added less compilation time than this. */
    private static final long QUIET_COMPILATION_MILLIS = 150;
    private static final int QUIET_PASSES = 3;
    /** The warm-up stops here, quiet or not. */
    private static final double MAX_WARMUP_SECONDS = 180;

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
            untilCompilationQuiet(threads, pass.getValue(), consume);
            double[] measured = runFor(threads, pass.getValue(), consume, MEASURE_SECONDS);
            report.line(pass.getKey(), measured[0] / measured[1]);
        }
        System.out.println("(sink " + (sink[0] & 1) + ")");
    }

    /** Runs whole passes until the JIT's compilation time stops growing, or for at most {@code MAX_WARMUP_SECONDS} of CPU. */
    private static void untilCompilationQuiet(ThreadMXBean threads, Consumer<Consumer<Object>> pass, Consumer<Object> sink) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long start = threads.getCurrentThreadCpuTime();
        Deque<Long> recent = new ArrayDeque<>();
        long before = jit.getTotalCompilationTime();
        while (threads.getCurrentThreadCpuTime() - start < MAX_WARMUP_SECONDS * 1e9) {
            pass.accept(sink);
            long now = jit.getTotalCompilationTime();
            recent.addLast(now - before);
            before = now;
            if (recent.size() > QUIET_PASSES) {
                recent.removeFirst();
            }
            if (recent.size() == QUIET_PASSES && recent.stream().mapToLong(Long::longValue).sum() < QUIET_COMPILATION_MILLIS) {
                return;
            }
        }
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
