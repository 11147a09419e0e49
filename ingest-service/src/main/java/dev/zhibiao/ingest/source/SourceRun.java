package dev.zhibiao.ingest.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of one source: what it published, skipped and failed, and the validators and fingerprints it
 * leaves for the next run. Used by one thread at a time.
 */
public final class SourceRun {
    private static final int ERRORS_SHOWN = 5;

    private final SourceDefinition source;
    private final SourceState previous;
    private final Instant started;
    private final Map<String, HttpValidators> validators;
    private final Map<String, String> fingerprints;
    private final List<String> itemErrors = new ArrayList<>();
    private int published;
    private int duplicates;
    private int unchanged;

    public SourceRun(SourceDefinition source, SourceState previous, Instant started) {
        this.source = source;
        this.previous = previous;
        this.started = started;
        this.validators = new HashMap<>(previous.validators());
        this.fingerprints = new HashMap<>(previous.fingerprints());
    }

    public SourceDefinition source() {
        return source;
    }

    void published() {
        published++;
    }

    void duplicate() {
        duplicates++;
    }

    public void unchanged() {
        unchanged++;
    }

    /** An item that could not be read; {@code reason} usually names the item already, then it is not repeated. */
    public void failed(String item, String reason) {
        itemErrors.add(reason.contains(item) ? reason : item + ": " + reason);
    }

    public HttpValidators validators(String url) {
        return validators.getOrDefault(url, HttpValidators.NONE);
    }

    public void validators(String url, HttpValidators value) {
        if (value.isEmpty()) {
            validators.remove(url);
        } else {
            validators.put(url, value);
        }
    }

    public String fingerprint(String path) {
        return fingerprints.get(path);
    }

    public void fingerprint(String path, String value) {
        fingerprints.put(path, value);
    }

    /** Forgets fingerprints of files that are gone, so the state does not grow with deleted files. */
    public void keepFingerprintsOf(Set<String> present) {
        fingerprints.keySet().retainAll(present);
    }

    /** The state after this run; {@code failure} is why the source could not be read, or null. */
    SourceState finish(Instant finished, String failure) {
        RunCounts counts = new RunCounts(published, duplicates, unchanged, itemErrors.size());
        SourceStatus status = failure != null ? SourceStatus.FAILED
                : itemErrors.isEmpty() ? SourceStatus.OK : SourceStatus.PARTIAL;
        String error = failure != null ? failure : itemErrors.isEmpty() ? null : describeItemErrors();
        return new SourceState(previous.paused(), status, started, finished, error, counts,
                failure == null ? finished : previous.lastSuccess(), previous.totalPublished() + published,
                validators, fingerprints);
    }

    private String describeItemErrors() {
        String shown = String.join("; ", itemErrors.subList(0, Math.min(ERRORS_SHOWN, itemErrors.size())));
        int more = itemErrors.size() - ERRORS_SHOWN;
        return itemErrors.size() + " item(s) failed: " + shown + (more > 0 ? "; and " + more + " more" : "");
    }
}
