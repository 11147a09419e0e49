package dev.zhibiao.extract.consumer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.TopicPartitionKey;
import io.smallrye.reactive.messaging.kafka.commit.ContextHolder;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.commit.KafkaThrottledLatestProcessedCommit;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * SmallRye's throttled commit strategy, with every record entered in its offset store on the consumer's event loop,
 * in offset order, before the versions of a post are put in order. SmallRye Reactive Messaging 4.33 with
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
 * and a record lost before its acknowledgement stalls the commits until the health check reports the channel, instead
 * of being skipped.
 * <p>
 * With {@code throttled.ordered=key} the versions of one post are kept in order by {@link InKeyOrder}, not by SmallRye's
 * grouping: when a rebalance revokes the partitions (a broker outage does) while more records await acknowledgement than
 * {@code throttled.ordered.max-concurrency}, SmallRye 4.33 leaks the merge slots of the key groups still waiting for one,
 * and once all are gone the channel consumes nothing more (smallrye/smallrye-reactive-messaging#3403). Everything else
 * is the throttled strategy's own. Written for SmallRye Reactive Messaging 4.33.0 (Quarkus 3.33.2); check #3525 and
 * #3403 when upgrading.
 */
@ApplicationScoped
@Identifier(ThrottledCommitAsPolled.STRATEGY)
public class ThrottledCommitAsPolled implements KafkaCommitHandler.Factory {
    /** The channel's {@code commit-strategy} value. */
    public static final String STRATEGY = "throttled-as-polled";
    /** The {@code throttled.ordered} value that keeps the versions of a post in order ({@link InKeyOrder}). */
    private static final String KEY_ORDER = "key";

    private final KafkaThrottledLatestProcessedCommit.Factory throttled;

    public ThrottledCommitAsPolled(
            @Identifier(KafkaCommitHandler.Strategy.THROTTLED) KafkaThrottledLatestProcessedCommit.Factory throttled) {
        this.throttled = throttled;
    }

    @Override
    public KafkaCommitHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                     KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        if (!config.getThrottledOrdered().map(KEY_ORDER::equalsIgnoreCase).orElse(false)) {
            return new ReceivedAsPolled<>(throttled.create(config, vertx, consumer, reportFailure), vertx);
        }
        // SmallRye's own key grouping is left out (the throttled strategy runs unordered): InKeyOrder takes its place
        int maxConcurrency = config.getThrottledOrderedMaxConcurrency().orElse(maxPollRecords(consumer));
        KafkaConnectorIncomingConfiguration unordered = new KafkaConnectorIncomingConfiguration(config.config()) {
            @Override
            public Optional<String> getThrottledOrdered() {
                return Optional.empty();
            }
        };
        return new ReceivedAsPolled<>(throttled.create(unordered, vertx, consumer, reportFailure), vertx,
                new InKeyOrder(maxConcurrency));
    }

    /** As SmallRye's throttled strategy: {@code max.poll.records}, else the Kafka default. */
    private static int maxPollRecords(KafkaConsumer<?, ?> consumer) {
        Object value = consumer.configuration().get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG);
        return value == null ? ConsumerConfig.DEFAULT_MAX_POLL_RECORDS : Integer.parseInt(value.toString());
    }

    /** Enters each record in the wrapped strategy's store as it is polled, on the event loop of the connector's context. */
    static final class ReceivedAsPolled<H extends ContextHolder & KafkaCommitHandler> extends ContextHolder
            implements KafkaCommitHandler {
        private final H handler;
        private final InKeyOrder keyOrder;

        ReceivedAsPolled(H handler, Vertx vertx) {
            this(handler, vertx, null);
        }

        ReceivedAsPolled(H handler, Vertx vertx, InKeyOrder keyOrder) {
            super(vertx, handler.getTimeoutInMillis());
            this.handler = handler;
            this.keyOrder = keyOrder;
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
            Multi<IncomingKafkaRecord<K, V>> decorated = handler.decorateStream(consumed.onItem().transformToUniAndConcatenate(
                    record -> Uni.createFrom().item(record).emitOn(this::runOnContext).chain(handler::received)));
            return keyOrder == null ? decorated : keyOrder.apply(decorated);
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
            if (keyOrder != null) {
                keyOrder.revoked(partitions);
            }
            handler.partitionsRevoked(partitions);
        }
    }

    /**
     * {@code throttled.ordered=key} without SmallRye 4.33's grouping: a record is let through once the record before it
     * with the same key (topic, partition and key) is acknowledged or nacked, whether or not that succeeded. At most
     * {@code maxConcurrency} records are between this stage and their acknowledgement, waiting for their turn or being
     * processed (a version waiting behind another holds a slot too: a burst of versions of one post can take many).
     * SmallRye's grouping cancels the key groups of revoked partitions; a group still waiting for a slot of its bounded
     * merge then never gives the slot back (smallrye/smallrye-reactive-messaging#3403), so a rebalance while more than
     * {@code max-concurrency} records await acknowledgement (a broker outage) could stop the channel for good. Here a
     * record whose partition is revoked while it waits for its turn is dropped when the turn comes (the partition's new
     * owner extracts it, after the version before it, so an older version is never written after a newer one); a record
     * already through is processed and its acknowledgement ignored by the strategy, as in SmallRye.
     */
    static final class InKeyOrder {
        private final ConcurrentHashMap<TopicPartitionKey, CompletableFuture<Void>> last = new ConcurrentHashMap<>();
        /** Per partition, how many times it was revoked: a record admitted before a revocation is no longer ours. */
        private final ConcurrentHashMap<TopicPartition, Integer> revocations = new ConcurrentHashMap<>();
        private final int maxConcurrency;

        InKeyOrder(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
        }

        <K, V> Multi<IncomingKafkaRecord<K, V>> apply(Multi<IncomingKafkaRecord<K, V>> records) {
            return records.onItem().transformToMulti(this::inTurn).merge(maxConcurrency);
        }

        void revoked(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> revocations.merge(partition, 1, Integer::sum));
        }

        /** The record once its turn comes, then nothing until it is acknowledged or nacked (holding its slot). */
        private <K, V> Multi<IncomingKafkaRecord<K, V>> inTurn(IncomingKafkaRecord<K, V> record) {
            TopicPartition partition = new TopicPartition(record.getTopic(), record.getPartition());
            int admittedAfter = revocations.getOrDefault(partition, 0);
            TopicPartitionKey key = TopicPartitionKey.ofKey(record.getTopic(), record.getPartition(), record.getKey());
            CompletableFuture<Void> done = new CompletableFuture<>();
            CompletableFuture<Void> before = last.put(key, done);
            done.whenComplete((ignored, failure) -> last.remove(key, done));
            IncomingKafkaRecord<K, V> finishing = new Finishing<>(record, done);
            Multi<IncomingKafkaRecord<K, V>> turn = before == null ? Multi.createFrom().item(finishing)
                    // a copy: cancelling this stream (at shutdown) must not cancel the record's own future
                    : Uni.createFrom().completionStage(before.copy()).onItem().transformToMulti(ignored -> {
                        if (revocations.getOrDefault(partition, 0) != admittedAfter) {
                            done.complete(null);
                            return Multi.createFrom().empty();
                        }
                        return Multi.createFrom().item(finishing);
                    });
            Multi<IncomingKafkaRecord<K, V>> untilDone = Uni.createFrom().completionStage(done.copy())
                    .onItem().transformToMulti(ignored -> Multi.createFrom().empty());
            return Multi.createBy().concatenating().streams(turn, untilDone);
        }
    }

    /** Completes {@code done} once its acknowledgement or nack has completed, successfully or not, or has thrown. */
    static final class Finishing<K, V> extends IncomingKafkaRecord<K, V> {
        private final CompletableFuture<Void> done;

        Finishing(IncomingKafkaRecord<K, V> record, CompletableFuture<Void> done) {
            super(record);
            this.done = done;
        }

        @Override
        public CompletionStage<Void> ack(Metadata metadata) {
            return finish(() -> super.ack(metadata));
        }

        @Override
        public CompletionStage<Void> nack(Throwable reason, Metadata metadata) {
            return finish(() -> super.nack(reason, metadata));
        }

        private CompletionStage<Void> finish(Supplier<CompletionStage<Void>> outcome) {
            try {
                return outcome.get().whenComplete((ignored, failure) -> done.complete(null));
            } catch (RuntimeException | Error e) {
                done.complete(null);
                throw e;
            }
        }
    }
}
