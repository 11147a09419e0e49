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
 * SmallRye's throttled commit strategy with its offset bookkeeping kept on the consumer's event loop.
 * <p>
 * With {@code throttled.ordered=key}, SmallRye Reactive Messaging 4.33 lets the throttled strategy record a received
 * record on whichever thread asks for the next one (a worker that has just extracted a post), while
 * acknowledgements update the same offset store, which is not thread-safe, on the event loop
 * (smallrye/smallrye-reactive-messaging#3525). A lost entry can commit an offset past a record that was never
 * processed, or stall every later commit. Here a received record first moves to the event loop; everything else is
 * the throttled strategy's own. Drop this class once the connector hops there itself.
 */
@ApplicationScoped
@Identifier(EventLoopThrottledCommit.STRATEGY)
public class EventLoopThrottledCommit implements KafkaCommitHandler.Factory {
    /** The channel's {@code commit-strategy} value. */
    public static final String STRATEGY = "throttled-on-event-loop";

    private final KafkaThrottledLatestProcessedCommit.Factory throttled;

    public EventLoopThrottledCommit(
            @Identifier(KafkaCommitHandler.Strategy.THROTTLED) KafkaThrottledLatestProcessedCommit.Factory throttled) {
        this.throttled = throttled;
    }

    @Override
    public KafkaCommitHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                     KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new OnEventLoop<>(throttled.create(config, vertx, consumer, reportFailure), vertx);
    }

    /** A commit handler whose {@code received} runs on the event loop of the context the connector gives it. */
    static final class OnEventLoop<H extends ContextHolder & KafkaCommitHandler> extends ContextHolder
            implements KafkaCommitHandler {
        private final H handler;

        OnEventLoop(H handler, Vertx vertx) {
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
            return handler.decorateStream(consumed);
        }

        @Override
        public <K, V> Uni<IncomingKafkaRecord<K, V>> received(IncomingKafkaRecord<K, V> record) {
            return Uni.createFrom().item(record).emitOn(this::runOnContext).chain(handler::received);
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
