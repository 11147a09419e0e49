package dev.zhibiao.query.consumer;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.query.service.PostStore;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores every indicator event; an event that cannot be read goes to the dead-letter topic with the reason. */
@ApplicationScoped
public class IndicatorEventConsumer {
    private final PostStore store;

    public IndicatorEventConsumer(PostStore store) {
        this.store = store;
    }

    @Incoming(Channels.INDICATORS_IN)
    @Blocking
    @Transactional
    public void consume(String event) {
        store.store(Json.read(event, IndicatorsExtracted.class));
    }
}
