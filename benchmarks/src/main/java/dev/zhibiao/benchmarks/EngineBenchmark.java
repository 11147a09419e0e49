package dev.zhibiao.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** One operation is one pass of {@link EngineWorkloads} over every corpus post, on one thread in a warm JVM. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EngineBenchmark {
    private EngineWorkloads workloads;

    @Setup
    public void load() {
        workloads = new EngineWorkloads(Corpus.load().posts());
    }

    @Benchmark
    public void engine(Blackhole out) {
        workloads.engine(out::consume);
    }

    @Benchmark
    public void quantities(Blackhole out) {
        workloads.quantities(out::consume);
    }

    @Benchmark
    public void metrics(Blackhole out) {
        workloads.metrics(out::consume);
    }

    @Benchmark
    public void regions(Blackhole out) {
        workloads.regions(out::consume);
    }

    @Benchmark
    public void periods(Blackhole out) {
        workloads.periods(out::consume);
    }
}
