package dev.zhibiao.query.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The write path's meters: how long a batch takes to land, what became of each event, how many were dead-lettered. */
@ApplicationScoped
public class WriteMetrics {
    private final Timer batchWrite;
    private final Map<StoreOutcome, Counter> outcomes = new EnumMap<>(StoreOutcome.class);
    private final Counter deadLetters;

    public WriteMetrics(MeterRegistry registry) {
        batchWrite = Timer.builder("zhibiao.db.write").description("Storing one polled batch of indicator events")
                .publishPercentileHistogram().register(registry);
        for (StoreOutcome outcome : StoreOutcome.values()) {
            outcomes.put(outcome, Counter.builder("zhibiao.events.stored").description("Indicator events by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        deadLetters = Counter.builder("zhibiao.dead.letters").description("Records sent to the dead-letter topic")
                .tag("service", "query-service").register(registry);
    }

    <T> T timeBatchWrite(Supplier<T> write) {
        return batchWrite.record(write);
    }

    void count(StoreOutcome outcome) {
        outcomes.get(outcome).increment();
    }

    public void countDeadLetter() {
        deadLetters.increment();
    }
}
