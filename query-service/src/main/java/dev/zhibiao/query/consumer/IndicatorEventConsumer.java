package dev.zhibiao.query.consumer;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.query.service.DurableWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Stores every indicator event. An event that cannot be read or stored goes to the dead-letter topic with the
 * reason; while the database is unreachable the consumer waits instead (nothing is dropped or dead-lettered).
 */
@ApplicationScoped
public class IndicatorEventConsumer {
    private final DurableWriter writer;

    public IndicatorEventConsumer(DurableWriter writer) {
        this.writer = writer;
    }

    @Incoming(Channels.INDICATORS_IN)
    @Blocking
    public void consume(String event) {
        writer.store(Json.read(event, IndicatorsExtracted.class));
    }
}
