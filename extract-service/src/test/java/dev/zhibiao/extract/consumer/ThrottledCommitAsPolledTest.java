package dev.zhibiao.extract.consumer;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.ContextHolder;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.commit.KafkaThrottledLatestProcessedCommit;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.Flow;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ThrottledCommitAsPolledTest {
    private static final TopicPartition PARTITION = new TopicPartition("zhibiao.posts.raw", 0);
    private static final long COMMIT_INTERVAL_MS = 50;

    private final Vertx vertx = Vertx.vertx();
    private final Context consumerContext = vertx.getOrCreateContext();

    private final ExecutorService kafkaCallbacks = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() {
        kafkaCallbacks.shutdownNow();
        vertx.closeAndAwait();
    }

    @Test
    void neverCommitsPastALaterVersionHeldBackBehindAnEarlierOne() throws InterruptedException {
        List<Long> committed = new CopyOnWriteArrayList<>();
        commitWhileTheSecondVersionWaits(commitHandler(new ThrottledCommitAsPolled(throttled()), committed));

        awaitCommit(committed, 11);
        Thread.sleep(10 * COMMIT_INTERVAL_MS);
        assertTrue(committed.stream().allMatch(offset -> offset <= 11),
                "offset 11 is still to be extracted: the commit stops before it (" + committed + ")");
    }

    /** When this fails, SmallRye has fixed its ordered strategy: ThrottledCommitAsPolled can go. */
    @Test
    void smallRyesOwnOrderedStrategyStillCommitsPastTheHeldVersion() throws InterruptedException {
        List<Long> committed = new CopyOnWriteArrayList<>();
        commitWhileTheSecondVersionWaits(commitHandler(throttled(), committed));

        awaitCommit(committed, 13);
    }

    /**
     * A broker outage revokes the partitions while records wait for Kafka to acknowledge their events (here: none is
     * acknowledged) and, in SmallRye 4.33, while later key groups wait for a free slot of the ordered merge. With the
     * service's own settings, the records polled again once the partitions are back are all extracted and committed.
     * With a bounded {@code throttled.ordered.max-concurrency} (200, as before), revoking the waiting groups leaks
     * their merge slots for good and the channel stops consuming (smallrye/smallrye-reactive-messaging#3403).
     */
    @Test
    void keepsExtractingAfterThePartitionsAreRevokedWhileEventsAwaitAcknowledgement() throws Exception {
        Properties service = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            service.load(in);
        }
        String channel = "mp.messaging.incoming." + Channels.RAW_POSTS_IN + ".";
        int maxPollRecords = Integer.parseInt(service.getProperty(channel + "max.poll.records"));
        List<Long> committed = new CopyOnWriteArrayList<>();
        KafkaCommitHandler handler = commitHandler(new ThrottledCommitAsPolled(throttled()), committed, maxPollRecords,
                Map.of("throttled.ordered.max-concurrency",
                        service.getProperty(channel + "throttled.ordered.max-concurrency")));
        AtomicBoolean brokerUp = new AtomicBoolean();
        PolledRecords polled = new PolledRecords();
        AssertSubscriber<IncomingKafkaRecord<String, String>> workers = handler.decorateStream(
                        Multi.createFrom().publisher(polled))
                .onItem().invoke(record -> {
                    if (brokerUp.get()) {
                        // acknowledged later, from another thread, as Kafka acknowledges the event (not the common
                        // pool: on two cores it has one thread, which other tests in this JVM may hold)
                        kafkaCallbacks.execute(record::ack);
                    }
                })
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        // three polls, every post a key of its own: more records await acknowledgement than max-concurrency
        int posts = 3 * maxPollRecords;
        for (int offset = 0; offset < posts; offset++) {
            polled.add(record(handler, offset, "post-" + offset));
        }
        for (int wait = 0; wait < 200 && workers.getItems().size() < maxPollRecords; wait++) {
            Thread.sleep(COMMIT_INTERVAL_MS);
        }
        Thread.sleep(4 * COMMIT_INTERVAL_MS);

        // the broker stops: the partition is revoked (the records not handed out yet are dropped, as the connector
        // does), later assigned again; the events sent before are acknowledged, and the records are polled again
        polled.revoked();
        handler.partitionsRevoked(List.of(PARTITION));
        handler.partitionsAssigned(List.of(PARTITION));
        brokerUp.set(true);
        workers.getItems().forEach(IncomingKafkaRecord::ack);
        for (int offset = 0; offset < posts; offset++) {
            polled.add(record(handler, offset, "post-" + offset));
        }
        // a liveness check, not a speed one: on a loaded machine 1,200 records may take a while
        awaitCommit(committed, posts, Duration.ofSeconds(60));
    }

    /**
     * A version waiting behind an earlier one when its partition is revoked is no longer this consumer's: the
     * partition's next owner extracts it (here: this consumer again, once it polls it anew), so an older version is
     * never written after the newer one another consumer already wrote.
     */
    @Test
    void aVersionWaitingWhenItsPartitionIsRevokedIsLeftToThePartitionsNextOwner() throws InterruptedException {
        ThrottledCommitAsPolled.InKeyOrder keyOrder = new ThrottledCommitAsPolled.InKeyOrder(10);
        ThrottledCommitAsPolled.ReceivedAsPolled<Recording> handler = new ThrottledCommitAsPolled.ReceivedAsPolled<>(
                new Recording(vertx, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>()), vertx, keyOrder);
        PolledRecords polled = new PolledRecords();
        // the key order is fed on the thread that adds a record, so each record has been admitted once add returns
        // (through the whole handler it is admitted later, on the event loop, and the revocation could come first)
        AssertSubscriber<IncomingKafkaRecord<String, String>> workers = keyOrder.apply(
                Multi.createFrom().publisher(polled)).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        polled.add(record(handler, 10, "post-a"));
        polled.add(record(handler, 11, "post-a"));

        handler.partitionsRevoked(List.of(PARTITION));
        workers.getItems().get(0).ack().toCompletableFuture().join();
        Thread.sleep(10 * COMMIT_INTERVAL_MS);
        assertEquals(List.of(10L), workers.getItems().stream().map(IncomingKafkaRecord::getOffset).toList(),
                "the second version, admitted before the revocation, is dropped");

        handler.partitionsAssigned(List.of(PARTITION));
        polled.add(record(handler, 11, "post-a"));
        assertEquals(List.of(10L, 11L), workers.awaitItems(2, Duration.ofSeconds(10)).getItems().stream()
                .map(IncomingKafkaRecord::getOffset).toList(), "polled again, it is extracted");
    }

    private static void awaitCommit(List<Long> committed, long offset) throws InterruptedException {
        awaitCommit(committed, offset, Duration.ofMillis(200 * COMMIT_INTERVAL_MS));
    }

    private static void awaitCommit(List<Long> committed, long offset, Duration timeout) throws InterruptedException {
        for (long wait = 0; wait < timeout.toMillis() / COMMIT_INTERVAL_MS && !committed.contains(offset); wait++) {
            Thread.sleep(COMMIT_INTERVAL_MS);
        }
        assertTrue(committed.contains(offset), "offset " + offset + " committed: " + committed);
    }

    private void commitWhileTheSecondVersionWaits(KafkaCommitHandler handler) {
        IncomingKafkaRecord<String, String> postV1 = record(handler, 10, "post-a");
        IncomingKafkaRecord<String, String> postV2 = record(handler, 11, "post-a");
        IncomingKafkaRecord<String, String> otherPost = record(handler, 12, "post-b");

        // as the connector runs it: polled on the event loop, decorated (grouped by key), then each record received;
        // the workers ask for two records at a time
        AssertSubscriber<IncomingKafkaRecord<String, String>> workers = handler.decorateStream(
                        Multi.createFrom().items(postV1, postV2, otherPost).emitOn(consumerContext::runOnContext))
                .onItem().transformToUniAndConcatenate(handler::received)
                .subscribe().withSubscriber(AssertSubscriber.create(2));
        List<IncomingKafkaRecord<String, String>> extracting = workers.awaitItems(2, Duration.ofSeconds(10)).getItems();
        assertEquals(List.of(10L, 12L), extracting.stream().map(IncomingKafkaRecord::getOffset).toList(),
                "post-a's second version waits for its first");

        extracting.forEach(r -> r.ack().toCompletableFuture().join());
    }

    @Test
    void entersRecordsOnTheConsumersEventLoopWhicheverThreadPollsThem() {
        List<Boolean> onEventLoop = new CopyOnWriteArrayList<>();
        List<io.vertx.core.Context> contexts = new CopyOnWriteArrayList<>();
        ThrottledCommitAsPolled.ReceivedAsPolled<Recording> handler =
                new ThrottledCommitAsPolled.ReceivedAsPolled<>(new Recording(vertx, onEventLoop, contexts), vertx);
        handler.capture(consumerContext);

        // a worker thread asking for the next records
        handler.decorateStream(Multi.createFrom().items(record(handler, 7, "a"), record(handler, 8, "b")))
                .runSubscriptionOn(command -> new Thread(command, "worker").start())
                .collect().asList().await().atMost(Duration.ofSeconds(10));

        assertEquals(List.of(true, true), onEventLoop);
        assertEquals(List.of(consumerContext.getDelegate(), consumerContext.getDelegate()), contexts);
    }

    private static KafkaThrottledLatestProcessedCommit.Factory throttled() {
        return new KafkaThrottledLatestProcessedCommit.Factory();
    }

    private KafkaCommitHandler commitHandler(KafkaCommitHandler.Factory strategy, List<Long> committed) {
        return commitHandler(strategy, committed, 10, Map.of());
    }

    private KafkaCommitHandler commitHandler(KafkaCommitHandler.Factory strategy, List<Long> committed,
                                             int maxPollRecords, Map<String, String> settings) {
        @SuppressWarnings("unchecked")
        KafkaConsumer<String, String> consumer = mock(KafkaConsumer.class);
        when(consumer.configuration()).thenReturn((Map) Map.of("group.id", "extract-service",
                "max.poll.records", Integer.toString(maxPollRecords)));
        when(consumer.committed(any())).thenReturn(Uni.createFrom().item(Map.of()));
        // the partitions' last offsets committed on revocation
        when(consumer.unwrap()).thenReturn(mock(Consumer.class));
        when(consumer.commit(any())).thenAnswer(call -> {
            Map<TopicPartition, OffsetAndMetadata> offsets = call.getArgument(0);
            committed.add(offsets.get(PARTITION).offset());
            return Uni.createFrom().voidItem();
        });
        Map<String, String> properties = new HashMap<>(Map.of(
                "channel-name", Channels.RAW_POSTS_IN,
                "value.deserializer", StringDeserializer.class.getName(),
                "throttled.ordered", "key",
                "auto.commit.interval.ms", Long.toString(COMMIT_INTERVAL_MS)));
        properties.putAll(settings);
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        KafkaCommitHandler handler = strategy.create(new KafkaConnectorIncomingConfiguration(config), vertx, consumer,
                (failure, fatal) -> {
                });
        ((ContextHolder) handler).capture(consumerContext);
        handler.partitionsAssigned(List.of(PARTITION));
        return handler;
    }

    private static IncomingKafkaRecord<String, String> record(KafkaCommitHandler handler, long offset, String key) {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset, key, "{}"),
                Channels.RAW_POSTS_IN, 0, handler, null, false);
    }

    /** Stands in for the connector's queue of polled records: hands them out on demand; a revocation drops the rest. */
    private static final class PolledRecords implements Flow.Publisher<IncomingKafkaRecord<String, String>> {
        private final Queue<IncomingKafkaRecord<String, String>> queue = new ArrayDeque<>();
        private long requested;
        private boolean draining;
        private Flow.Subscriber<? super IncomingKafkaRecord<String, String>> subscriber;

        @Override
        public synchronized void subscribe(Flow.Subscriber<? super IncomingKafkaRecord<String, String>> subscriber) {
            this.subscriber = subscriber;
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    synchronized (PolledRecords.this) {
                        requested = requested + n < 0 ? Long.MAX_VALUE : requested + n;
                        drain();
                    }
                }

                @Override
                public void cancel() {
                }
            });
        }

        synchronized void add(IncomingKafkaRecord<String, String> record) {
            queue.add(record);
            drain();
        }

        synchronized void revoked() {
            queue.clear();
        }

        /** Not re-entered when the subscriber asks for more while it is handed a record: the loop goes on instead. */
        private void drain() {
            if (draining) {
                return;
            }
            draining = true;
            try {
                while (subscriber != null && requested > 0 && !queue.isEmpty()) {
                    requested--;
                    subscriber.onNext(queue.poll());
                }
            } finally {
                draining = false;
            }
        }
    }

    /** Stands in for the throttled strategy: notes where each record was entered. */
    private static final class Recording extends ContextHolder implements KafkaCommitHandler {
        private final List<Boolean> onEventLoop;
        private final List<io.vertx.core.Context> contexts;

        Recording(Vertx vertx, List<Boolean> onEventLoop, List<io.vertx.core.Context> contexts) {
            super(vertx, 1000);
            this.onEventLoop = onEventLoop;
            this.contexts = contexts;
        }

        @Override
        public <K, V> Uni<IncomingKafkaRecord<K, V>> received(IncomingKafkaRecord<K, V> record) {
            onEventLoop.add(io.vertx.core.Context.isOnEventLoopThread());
            contexts.add(io.vertx.core.Vertx.currentContext());
            return Uni.createFrom().item(record);
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            return Uni.createFrom().voidItem();
        }
    }
}
