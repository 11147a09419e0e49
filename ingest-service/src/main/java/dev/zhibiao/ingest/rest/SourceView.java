package dev.zhibiao.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.zhibiao.ingest.source.RunCounts;
import dev.zhibiao.ingest.source.SourceDefinition;
import dev.zhibiao.ingest.source.SourceState;
import dev.zhibiao.ingest.source.SourceStatus;

import java.time.Instant;
import java.util.List;

/** A source as {@code /api/sources} shows it: its definition and how its latest run went. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(String id, String type, String location, String interval, List<String> categories,
                         boolean configured, boolean paused, SourceStatus status, Instant lastRunStarted,
                         Instant lastRunFinished, String lastError, RunCounts lastRun, Instant lastSuccess,
                         long totalPublished) {
    static SourceView of(SourceDefinition source, SourceState state) {
        return new SourceView(source.id(), source.type().id(), source.location(),
                source.interval() == null ? null : source.interval().toString(), source.categories(),
                !source.managed(), state.paused(), state.status(), state.lastRunStarted(), state.lastRunFinished(),
                state.lastError(), state.lastRun(), state.lastSuccess(), state.totalPublished());
    }
}
