package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorsExtracted;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Of several events of one post in a batch, the one that storing them one after the other would leave stored, so
 * that a batch writes each post once.
 *
 * @param latest     position of the event to store, per post id
 * @param superseded position of every other event, with what storing it in order would have amounted to
 */
record LatestPerPost(Map<String, Integer> latest, Map<Integer, StoreOutcome> superseded) {

    static LatestPerPost of(List<IndicatorsExtracted> events) {
        Map<String, Integer> latest = new LinkedHashMap<>();
        Map<Integer, StoreOutcome> superseded = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            IndicatorsExtracted event = events.get(i);
            Integer kept = latest.putIfAbsent(event.post().id(), i);
            if (kept == null) {
                continue;
            }
            IndicatorsExtracted earlier = events.get(kept);
            StoreOutcome outcome = StoreOutcome.of(earlier.eventId(), earlier.extractorVersion(), event);
            if (outcome == StoreOutcome.STORED) {
                superseded.put(kept, StoreOutcome.STALE);
                latest.put(event.post().id(), i);
            } else {
                superseded.put(i, outcome);
            }
        }
        return new LatestPerPost(latest, superseded);
    }
}
