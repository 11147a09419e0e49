package dev.zhibiao.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Map;

/**
 * What survives a restart for one source (one JSON file in the state directory).
 *
 * @param paused       paused sources are not scheduled
 * @param status       outcome of the latest run
 * @param lastError    why the latest run failed or which items failed, null when all went well
 * @param lastRun      counts of the latest run
 * @param lastSuccess  end of the latest run that was not FAILED: a run-once source with one does not run again
 * @param validators   HTTP validators by URL, for conditional requests
 * @param fingerprints folder sources: file fingerprint by path relative to the folder, to skip unchanged files
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceState(boolean paused, SourceStatus status, Instant lastRunStarted, Instant lastRunFinished,
                          String lastError, RunCounts lastRun, Instant lastSuccess, long totalPublished,
                          Map<String, HttpValidators> validators, Map<String, String> fingerprints) {
    public static final SourceState NEW = new SourceState(false, SourceStatus.NEW, null, null, null, RunCounts.NONE,
            null, 0, Map.of(), Map.of());

    public SourceState {
        validators = validators == null ? Map.of() : Map.copyOf(validators);
        fingerprints = fingerprints == null ? Map.of() : Map.copyOf(fingerprints);
        lastRun = lastRun == null ? RunCounts.NONE : lastRun;
        status = status == null ? SourceStatus.NEW : status;
    }

    public SourceState withPaused(boolean value) {
        return new SourceState(value, status, lastRunStarted, lastRunFinished, lastError, lastRun, lastSuccess,
                totalPublished, validators, fingerprints);
    }

    public SourceState started(Instant at) {
        return new SourceState(paused, SourceStatus.RUNNING, at, lastRunFinished, lastError, lastRun, lastSuccess,
                totalPublished, validators, fingerprints);
    }
}
