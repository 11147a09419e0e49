package dev.zhibiao.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/**
 * Real PostgreSQL for {@code @QuarkusTest}: a fresh database on the server {@link Database#resolve} finds,
 * dropped again when the tests end, so every run starts from an empty schema.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private Database server;
    private String databaseName;

    @Override
    public Map<String, String> start() {
        server = Database.resolve(0, null);
        databaseName = "zhibiao_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = server.createDatabase(databaseName);
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.dropDatabase(databaseName);
            server.close();
        }
    }
}
