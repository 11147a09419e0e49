package dev.zhibiao.extract.consumer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.ContextHolder;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.commit.KafkaThrottledLatestProcessedCommit;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.function.BiConsumer;

/**
 * SmallRye's throttled commit strategy, with every record entered in its offset store on the consumer's event loop,
 * in offset order, before the stream is grouped by key. SmallRye Reactive Messaging 4.33 with
 * {@code throttled.ordered=key} enters a record only when its key group lets it through, which has two faults:
 * <ul>
 * <li>a later version of a post held back behind an earlier one is not in the store yet, so once the records around it
 * are acknowledged a commit passes it: killed then, the service never extracts it;</li>
 * <li>the entry is made on whichever thread asks for the next record (a worker that has just extracted a post), while
 * acknowledgements update the same store, which is not thread-safe, on the event loop
 * (smallrye/smallrye-reactive-messaging#3525): a lost entry can also commit past a record or stall every later
 * commit.</li>
 * </ul>
 * Entering each record as it is polled closes both: the store never commits past a record it has not seen acknowledged,
 * and a record lost inside the grouping stalls the commits until the health check reports the channel, instead of
 * being skipped. Everything else is the throttled strategy's own. Written for SmallRye Reactive Messaging 4.33.0
 * (Quarkus 3.33.2); check both issues when upgrading.
 */
@ApplicationScoped
@Identifier(ThrottledCommitAsPolled.STRATEGY)
public class ThrottledCommitAsPolled implements KafkaCommitHandler.Factory {
    /** The channel's {@code commit-strategy} value. */
    public static final String STRATEGY = "throttled-as-polled";

    private final KafkaThrottledLatestProcessedCommit.Factory throttled;

    public ThrottledCommitAsPolled(
            @Identifier(KafkaCommitHandler.Strategy.THROTTLED) KafkaThrottledLatestProcessedCommit.Factory throttled) {
        this.throttled = throttled;
    }

    @Override
    public KafkaCommitHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                     KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new ReceivedAsPolled<>(throttled.create(config, vertx, consumer, reportFailure), vertx);
    }

    /** Enters each record in the wrapped strategy's store as it is polled, on the event loop of the connector's context. */
    static final class ReceivedAsPolled<H extends ContextHolder & KafkaCommitHandler> extends ContextHolder
            implements KafkaCommitHandler {
        private final H handler;

        ReceivedAsPolled(H handler, Vertx vertx) {
            super(vertx, handler.getTimeoutInMillis());
            this.handler = handler;
        }

        @Override
        public void capture(Context context) {
            super.capture(context);
            handler.capture(context);
        }

        @Override
        public void capture(io.vertx.core.Context context) {
            capture(Context.newInstance(context));
        }

        @Override
        public <K, V> Multi<IncomingKafkaRecord<K, V>> decorateStream(Multi<IncomingKafkaRecord<K, V>> consumed) {
            return handler.decorateStream(consumed.onItem().transformToUniAndConcatenate(
                    record -> Uni.createFrom().item(record).emitOn(this::runOnContext).chain(handler::received)));
        }

        /** Already entered in {@link #decorateStream}. */
        @Override
        public <K, V> Uni<IncomingKafkaRecord<K, V>> received(IncomingKafkaRecord<K, V> record) {
            return Uni.createFrom().item(record);
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            return handler.handle(record);
        }

        @Override
        public void terminate(boolean graceful) {
            handler.terminate(graceful);
        }

        @Override
        public void partitionsAssigned(Collection<TopicPartition> partitions) {
            handler.partitionsAssigned(partitions);
        }

        @Override
        public void partitionsRevoked(Collection<TopicPartition> partitions) {
            handler.partitionsRevoked(partitions);
        }
    }
}
