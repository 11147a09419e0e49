package dev.zhibiao.ingest.source;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import dev.zhibiao.ingest.config.SourcesConfig;
import dev.zhibiao.ingest.service.IngestMetrics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs every source on its own schedule on a small worker pool: a slow or failing source holds one worker and
 * never delays the others. Runs of one source never overlap. A source without an interval runs until it has
 * succeeded once (after a restart too); a paused source is not scheduled.
 */
@ApplicationScoped
public class SourceScheduler {
    private static final Logger LOG = Logger.getLogger(SourceScheduler.class);

    private final SourceRegistry registry;
    private final IngestMetrics metrics;
    private final Map<SourceKind, SourceReader> readers = new EnumMap<>(SourceKind.class);
    private final ScheduledExecutorService workers;
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    public SourceScheduler(SourceRegistry registry, Instance<SourceReader> readers, SourcesConfig config,
                           IngestMetrics metrics) {
        this.registry = registry;
        this.metrics = metrics;
        readers.forEach(r -> this.readers.put(r.kind(), r));
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newScheduledThreadPool(config.sourceThreads(), task -> {
            Thread t = new Thread(task, "source-worker-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void onStart(@Observes StartupEvent event) {
        registry.all().forEach(this::schedule);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Schedules a source that is not paused (and, when it runs once, has not succeeded yet). */
    public void schedule(SourceDefinition source) {
        SourceState state = registry.state(source.id());
        if (state.paused() || (!source.repeats() && state.lastSuccess() != null)) {
            return;
        }
        ScheduledFuture<?> future = source.repeats()
                ? workers.scheduleWithFixedDelay(() -> run(source), 0, source.interval().toMillis(), TimeUnit.MILLISECONDS)
                : workers.schedule(() -> run(source), 0, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = scheduled.put(source.id(), future);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Stops scheduling a source; a run in progress is interrupted. */
    public void cancel(String id) {
        ScheduledFuture<?> future = scheduled.remove(id);
        if (future != null) {
            future.cancel(true);
        }
    }

    /** Runs a source now, outside its schedule (paused or not); false when it is running already. */
    public boolean runNow(SourceDefinition source) {
        if (lockOf(source.id()).isLocked()) {
            return false;
        }
        workers.execute(() -> run(source));
        return true;
    }

    private void run(SourceDefinition source) {
        ReentrantLock lock = lockOf(source.id());
        if (!lock.tryLock()) {
            return;
        }
        try {
            Instant started = Instant.now();
            SourceState before = registry.update(source.id(), s -> s.started(started));
            if (before == null) {
                return;
            }
            SourceRun run = new SourceRun(source, before, started);
            String failure = null;
            try {
                readers.get(source.type()).read(source, run);
            } catch (SourceFailedException e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                LOG.errorf(e, "source %s failed", source.id());
                failure = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            SourceState after = run.finish(Instant.now(), failure);
            metrics.rejected(IngestMetrics.Rejection.UNREADABLE, after.lastRun().failed());
            if (registry.update(source.id(), current -> after.withPaused(current.paused())) == null) {
                return;
            }
            if (!source.repeats() && failure == null) {
                scheduled.remove(source.id());
            }
            LOG.infof("source %s: %s, %s%s", source.id(), after.status(), after.lastRun(),
                    after.lastError() == null ? "" : " - " + after.lastError());
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lockOf(String id) {
        return running.computeIfAbsent(id, key -> new ReentrantLock());
    }
}
