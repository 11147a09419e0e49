package dev.zhibiao.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link EngineBenchmark} (JMH command-line options pass through, e.g. {@code -wi 1 -i 2 EngineBenchmark.engine})
 * and restates each
 * score, passes over the corpus per wall-clock second, as posts/s and MB/s of clean text (UTF-8 bytes of
 * {@code ParsedPost.text()}). On a shared machine wall-clock rates fall with the load; {@link CpuTimeMain} measures
 * the same passes on the thread's CPU time.
 */
public final class EngineBenchmarkMain {
    private EngineBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Corpus corpus = Corpus.load();
        CommandLineOptions commandLine = new CommandLineOptions(args);
        Options options = new OptionsBuilder()
                .parent(commandLine)
                // every pass unless the command line names some (EngineBenchmark.engine)
                .include(commandLine.getIncludes().isEmpty() ? EngineBenchmark.class.getName() : commandLine.getIncludes().get(0))
                // the forked JVM resolves the corpus from the same directory, whatever its working directory
                .jvmArgsAppend("-D" + Corpus.SHARED_DIR_PROPERTY + "=" + Corpus.sharedDir())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        ThroughputReport report = new ThroughputReport(corpus);
        report.header("JMH, wall clock");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            report.line(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
    }
}
