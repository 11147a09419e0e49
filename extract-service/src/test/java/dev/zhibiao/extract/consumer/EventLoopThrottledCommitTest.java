package dev.zhibiao.extract.consumer;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.commit.ContextHolder;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLoopThrottledCommitTest {
    private final Vertx vertx = Vertx.vertx();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() {
        worker.shutdownNow();
        vertx.closeAndAwait();
    }

    @Test
    void recordsAreReceivedOnTheConsumersEventLoopWhicheverThreadAsksForThem() throws Exception {
        Context consumerContext = vertx.getOrCreateContext();
        Recording throttled = new Recording(vertx);
        EventLoopThrottledCommit.OnEventLoop<Recording> handler = new EventLoopThrottledCommit.OnEventLoop<>(throttled, vertx);
        handler.capture(consumerContext);

        IncomingKafkaRecord<String, String> fromTestThread = record(handler, 7);
        assertSame(fromTestThread, handler.received(fromTestThread).await().atMost(Duration.ofSeconds(10)));
        // the thread of the bug: a worker that finished a post asks for the next record
        IncomingKafkaRecord<String, String> fromWorker = record(handler, 8);
        assertSame(fromWorker, worker.submit(() -> handler.received(fromWorker).await().atMost(Duration.ofSeconds(10)))
                .get());

        assertEquals(List.of(7L, 8L), throttled.offsets);
        assertEquals(List.of(consumerContext.getDelegate(), consumerContext.getDelegate()), throttled.contexts,
                "the throttled strategy records every received record on the consumer's context");
        assertTrue(throttled.onEventLoop.stream().allMatch(Boolean::booleanValue), "and on its event loop thread");
        assertSame(consumerContext, throttled.getContext(), "the throttled strategy commits on the same context");
    }

    private static IncomingKafkaRecord<String, String> record(KafkaCommitHandler handler, long offset) {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>("zhibiao.posts.raw", 0, offset, "post-" + offset, "{}"),
                Channels.RAW_POSTS_IN, 0, handler, null, false);
    }

    /** Stands in for the throttled strategy: notes where each received record was recorded. */
    private static final class Recording extends ContextHolder implements KafkaCommitHandler {
        final List<Long> offsets = new CopyOnWriteArrayList<>();
        final List<io.vertx.core.Context> contexts = new CopyOnWriteArrayList<>();
        final List<Boolean> onEventLoop = new CopyOnWriteArrayList<>();

        Recording(Vertx vertx) {
            super(vertx, 1000);
        }

        @Override
        public <K, V> Uni<IncomingKafkaRecord<K, V>> received(IncomingKafkaRecord<K, V> record) {
            offsets.add(record.getOffset());
            contexts.add(io.vertx.core.Vertx.currentContext());
            onEventLoop.add(io.vertx.core.Context.isOnEventLoopThread());
            return Uni.createFrom().item(record);
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            return Uni.createFrom().voidItem();
        }
    }
}
