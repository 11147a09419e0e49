package dev.zhibiao.query.service;

/** What storing an event did. */
public enum StoreOutcome {
    /** The post was new, or its indicators were replaced by this event's. */
    STORED,
    /** The same event (same event id) was stored before: nothing changed. */
    ALREADY_STORED,
    /** A newer extractor version's event is stored: this older one was ignored. */
    STALE
}
