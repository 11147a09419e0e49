package dev.zhibiao.extract.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How extraction goes, post by post, as Prometheus meters (docs/operations.md). */
@ApplicationScoped
@Startup // the meters are on /q/metrics from the start, at 0, not from the first post on
public class ExtractionMetrics {
    private final Timer extraction;
    private final DistributionSummary indicatorsPerPost;
    private final Counter deadLetters;

    public ExtractionMetrics(MeterRegistry registry) {
        // histograms (not client-side percentiles), so quantiles can be computed across instances in Prometheus
        extraction = Timer.builder("zhibiao.extraction")
                .description("time to read one raw post and run the engine on it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        indicatorsPerPost = DistributionSummary.builder("zhibiao.indicators.per.post")
                .description("indicators found in one post")
                .serviceLevelObjectives(1, 5, 10, 20, 50, 100, 200, 500)
                .register(registry);
        // the name and tag query-service uses for its own dead letters: one alert covers both
        deadLetters = Counter.builder("zhibiao.dead.letters")
                .description("records sent to the dead-letter topic")
                .tag("service", "extract-service")
                .register(registry);
    }

    public void extracted(long nanos, int indicators) {
        extraction.record(nanos, TimeUnit.NANOSECONDS);
        indicatorsPerPost.record(indicators);
    }

    public void deadLettered() {
        deadLetters.increment();
    }
}
