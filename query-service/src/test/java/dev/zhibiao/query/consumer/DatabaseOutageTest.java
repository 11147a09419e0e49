package dev.zhibiao.query.consumer;

import dev.zhibiao.contract.Topics;
import dev.zhibiao.query.StoredRows;
import dev.zhibiao.query.TestEvents;
import dev.zhibiao.testinfra.KafkaTestClient;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL refuses the service's database for a while (its connections are cut, new ones refused): the batch that
 * arrives meanwhile waits and is stored when the database is back, and nothing is dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class DatabaseOutageTest {
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    @Inject
    AgroalDataSource db;
    @Inject
    MeterRegistry meters;

    @Test
    void aBatchArrivingDuringAnOutageIsStoredAfterItAndNothingIsDeadLettered() throws Exception {
        List<String> posts = Stream.generate(IndicatorEventConsumerTest::newPostId).limit(3).toList();
        double waitedBefore = meters.timer("zhibiao.db.write").totalTime(TimeUnit.SECONDS);
        try (Connection server = serverConnection()) {
            String database = databaseName();
            try {
                refuseConnections(server, database);
                IndicatorTopic.sendTogether(posts.stream().map(IndicatorEventConsumerTest::storable).toList());
                Thread.sleep(OUTAGE.toMillis());
            } finally {
                allowConnections(server, database);
            }
        }

        StoredRows rows = new StoredRows(db);
        for (String post : posts) {
            TestEvents.await(() -> rows.metricsOf(post), List.of("队员"), "indicators of " + post);
        }
        assertEquals(Map.of(), new KafkaTestClient(IndicatorTopic.bootstrapServers())
                .awaitAll(Topics.INDICATORS_DEAD_LETTER, Set.copyOf(posts), Duration.ofSeconds(3)));
        double waited = meters.timer("zhibiao.db.write").totalTime(TimeUnit.SECONDS) - waitedBefore;
        assertTrue(waited > OUTAGE.toSeconds() / 2.0, "the batch write waited for the database: " + waited + " s");
    }

    /** A connection to the same server's maintenance database, which stays open during the outage. */
    private static Connection serverConnection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static String databaseName() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String name = url.substring(url.lastIndexOf('/') + 1);
        return name.contains("?") ? name.substring(0, name.indexOf('?')) : name;
    }

    private static void refuseConnections(Connection server, String database) throws SQLException {
        try (Statement s = server.createStatement()) {
            s.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
        }
        try (PreparedStatement s = server.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?")) {
            s.setString(1, database);
            s.execute();
        }
    }

    private static void allowConnections(Connection server, String database) throws SQLException {
        try (Statement s = server.createStatement()) {
            s.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
        }
    }
}
