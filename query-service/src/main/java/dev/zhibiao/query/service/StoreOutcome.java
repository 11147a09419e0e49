package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorsExtracted;

/** What storing an event did. */
public enum StoreOutcome {
    /** The post was new, or its indicators were replaced by this event's. */
    STORED,
    /** The same event (same event id) was stored before: nothing changed. */
    ALREADY_STORED,
    /**
     * A newer extractor version's event is stored: this older one was ignored. Also an event that a later event
     * of the same post in the same batch replaced at once.
     */
    STALE;

    /** The rule for an event arriving for a post that already has the event {@code eventId} of {@code version}. */
    static StoreOutcome of(String eventId, String version, IndicatorsExtracted arriving) {
        if (eventId.equals(arriving.eventId())) {
            return ALREADY_STORED;
        }
        return ExtractorVersions.compare(version, arriving.extractorVersion()) > 0 ? STALE : STORED;
    }
}
