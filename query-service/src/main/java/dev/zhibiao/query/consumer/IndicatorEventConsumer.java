package dev.zhibiao.query.consumer;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.query.service.BatchWriter;
import dev.zhibiao.query.service.WriteMetrics;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stores indicator events a polled batch at a time. An event that cannot be read or stored goes to the dead-letter
 * topic with the reason, alone: the rest of its batch is stored. While the database is unreachable the consumer waits
 * instead (nothing is dropped or dead-lettered).
 *
 * <p>Acknowledgement is by hand: nacking the whole batch would dead-letter every record of it (the connector's
 * dead-letter strategy nacks each record of a nacked batch), so each rejected record is nacked alone, and the batch
 * (its offsets) is acknowledged once they are all on the dead-letter topic.
 */
@ApplicationScoped
public class IndicatorEventConsumer {
    private static final Logger LOG = Logger.getLogger(IndicatorEventConsumer.class);

    private final BatchWriter writer;
    private final WriteMetrics metrics;

    public IndicatorEventConsumer(BatchWriter writer, WriteMetrics metrics) {
        this.writer = writer;
        this.metrics = metrics;
    }

    @Incoming(Channels.INDICATORS_IN)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        Map<Integer, RuntimeException> rejected = new HashMap<>();
        List<IndicatorsExtracted> events = new ArrayList<>();
        List<Integer> recordOfEvent = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                events.add(Json.read(records.get(i).getPayload(), IndicatorsExtracted.class));
                recordOfEvent.add(i);
            } catch (RuntimeException e) {
                rejected.put(i, e);
            }
        }
        // one transaction stores the whole batch: its database spans join the trace of the batch's first record, so an
        // upload is traced to its write; in a larger batch the other posts' traces end at their receive span
        try (Scope scope = traceOf(records.get(0)).makeCurrent()) {
            writer.store(events).forEach((event, reason) -> rejected.put(recordOfEvent.get(event), reason));
        }
        CompletableFuture<?>[] deadLetters = rejected.entrySet().stream()
                .map(r -> deadLetter(records.get(r.getKey()), r.getValue()))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deadLetters).thenCompose(written -> batch.ack());
    }

    private static Context traceOf(KafkaRecord<String, String> record) {
        Context received = TracingMetadata.fromMessage(record).map(TracingMetadata::getCurrentContext).orElse(null);
        return received == null ? Context.current() : received;
    }

    private CompletableFuture<Void> deadLetter(KafkaRecord<String, String> record, RuntimeException reason) {
        LOG.warnf("dead-lettering the indicator event of post %s: %s", record.getKey(), reason.getMessage());
        metrics.countDeadLetter();
        return record.nack(reason).toCompletableFuture();
    }
}
