package dev.zhibiao.query.consumer;

import dev.zhibiao.contract.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Map;

/** Writes records to the indicator topic in one go, so that the service polls them as one batch. */
final class IndicatorTopic {
    record KeyedRecord(String key, String value) {
    }

    private IndicatorTopic() {
    }

    static void sendTogether(List<KeyedRecord> records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                // one produce request, so that the records become visible to the consumer at once
                ProducerConfig.LINGER_MS_CONFIG, 1000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            // one partition for all of them: a poll returns a partition's records in order
            records.forEach(r -> producer.send(new ProducerRecord<>(Topics.INDICATORS, 0, r.key(), r.value())));
            producer.flush();
        }
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
