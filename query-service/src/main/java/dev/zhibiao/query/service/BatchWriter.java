package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.PostRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a polled batch of indicator events: all of them in one transaction, with the same result as storing them one
 * after the other. When that transaction fails for a reason of the data (not an outage), the events are stored one
 * by one instead, so that a bad event is found and rejected without failing the others.
 */
@ApplicationScoped
public class BatchWriter {
    private static final Logger LOG = Logger.getLogger(BatchWriter.class);

    private final PostStore store;
    private final DurableWriter durable;
    private final WriteMetrics metrics;

    public BatchWriter(PostStore store, DurableWriter durable, WriteMetrics metrics) {
        this.store = store;
        this.durable = durable;
        this.metrics = metrics;
    }

    /** @return the position of every event that cannot be stored, with the reason; the others are stored */
    public Map<Integer, RuntimeException> store(List<IndicatorsExtracted> events) {
        Map<Integer, RuntimeException> rejected = new HashMap<>();
        List<IndicatorsExtracted> storable = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String problem = problemOf(events.get(i));
            if (problem == null) {
                storable.add(events.get(i));
                positions.add(i);
            } else {
                rejected.put(i, new IllegalArgumentException(problem));
            }
        }
        if (!storable.isEmpty()) {
            metrics.timeBatchWrite(() -> storeAll(storable))
                    .forEach((i, reason) -> rejected.put(positions.get(i), reason));
        }
        return rejected;
    }

    private Map<Integer, RuntimeException> storeAll(List<IndicatorsExtracted> events) {
        LatestPerPost latest = LatestPerPost.of(events);
        Map<String, StoreOutcome> outcomes;
        try {
            outcomes = durable.write(() -> store.store(latest.latest().values().stream().map(events::get).toList()),
                    "a batch of " + events.size() + " events");
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d events failed (%s); storing them one by one to find the bad ones", events.size(),
                    DurableWriter.rootMessage(e));
            return storeOneByOne(events);
        }
        outcomes.values().forEach(metrics::count);
        latest.superseded().values().forEach(metrics::count);
        return Map.of();
    }

    private Map<Integer, RuntimeException> storeOneByOne(List<IndicatorsExtracted> events) {
        Map<Integer, RuntimeException> rejected = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            IndicatorsExtracted event = events.get(i);
            String postId = event.post().id();
            try {
                metrics.count(durable.write(() -> store.store(List.of(event)), "post " + postId).get(postId));
            } catch (RuntimeException e) {
                rejected.put(i, new IllegalArgumentException(
                        "post " + postId + " cannot be stored: " + DurableWriter.rootMessage(e), e));
            }
        }
        return rejected;
    }

    /** What makes an event unstorable before any database work, or null. */
    private static String problemOf(IndicatorsExtracted event) {
        PostRecord p = event == null ? null : event.post();
        if (p == null || p.id() == null || p.id().isBlank() || event.eventId() == null || event.extractorVersion() == null) {
            return "an indicator event needs eventId, extractorVersion and post.id";
        }
        return null;
    }
}
