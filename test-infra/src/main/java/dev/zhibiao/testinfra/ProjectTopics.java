package dev.zhibiao.testinfra;

import dev.zhibiao.contract.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the project's topics on a local broker with the settings production uses: the raw-posts topic is
 * compacted (the latest record per post is kept, so a replay re-extracts every post once).
 */
public final class ProjectTopics {
    public static final int PARTITIONS = 3;
    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact",
            "max.message.bytes", String.valueOf(12 * 1024 * 1024));
    private static final Map<String, String> RETAINED = Map.of("max.message.bytes", String.valueOf(12 * 1024 * 1024));

    private ProjectTopics() {
    }

    public static void create(String bootstrapServers) {
        List<NewTopic> topics = List.of(
                new NewTopic(Topics.RAW_POSTS, PARTITIONS, (short) 1).configs(COMPACTED),
                new NewTopic(Topics.INDICATORS, PARTITIONS, (short) 1).configs(RETAINED),
                new NewTopic(Topics.RAW_POSTS_DEAD_LETTER, 1, (short) 1).configs(RETAINED),
                new NewTopic(Topics.INDICATORS_DEAD_LETTER, 1, (short) 1).configs(RETAINED));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("creating topics timed out", e);
        }
    }
}
