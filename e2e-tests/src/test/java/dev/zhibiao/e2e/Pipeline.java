package dev.zhibiao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.contract.Json;
import dev.zhibiao.testinfra.Ports;
import dev.zhibiao.testinfra.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The three packaged services as processes on free ports, with clients for their REST APIs. */
final class Pipeline implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("zhibiao.root.dir", "..")).toAbsolutePath().normalize();
    static final Path SHARED = Path.of(System.getProperty("zhibiao.shared.dir", ROOT.resolve("../shared").toString()));
    private static final List<String> MODULES = List.of("query-service", "extract-service", "ingest-service");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token = "e2e-" + UUID.randomUUID();
    private final Map<String, String> env;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, ServiceProcess> running = new HashMap<>();
    private final Path logs;

    /** @param env connection settings (KAFKA_BOOTSTRAP_SERVERS, DB_URL, DB_USER, DB_PASSWORD) and any tuning */
    Pipeline(Map<String, String> env, Path logs) {
        this.env = new HashMap<>(env);
        this.env.put("ZHIBIAO_AUTH_TOKENS", token);
        this.logs = logs;
        MODULES.forEach(m -> ports.put(m, Ports.free()));
        MODULES.forEach(this::start);
    }

    void start(String module) {
        running.put(module, ServiceProcess.start(ROOT, module, ports.get(module), env, logs));
    }

    /** kill -9: no shutdown hooks, no clean consumer-group leave, nothing flushed. */
    void kill(String module) {
        running.remove(module).kill();
    }

    /** Posts a file to ingest-service with the write token; returns the HTTP status and body. */
    HttpResponse<String> ingest(String name, byte[] post) throws IOException, InterruptedException {
        return ingest(name, post, Map.of());
    }

    /** Same as {@link #ingest(String, byte[])}, with more request headers (e.g. a W3C traceparent). */
    HttpResponse<String> ingest(String name, byte[] post, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = ingestRequest(name, post).header("Authorization", "Bearer " + token);
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> ingestWithoutToken(String name, byte[] post) throws IOException, InterruptedException {
        return HTTP.send(ingestRequest(name, post).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder ingestRequest(String name, byte[] post) {
        return HttpRequest.newBuilder(URI.create(url("ingest-service") + "/api/posts?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/markdown; charset=UTF-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(post));
    }

    /** The console output of a service (JSON lines: the services run in the prod profile). */
    Path log(String module) {
        return logs.resolve(module + ".log");
    }

    String queryUrl() {
        return url("query-service");
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("query-service") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " -> " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    private String url(String module) {
        return "http://127.0.0.1:" + ports.get(module);
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::close);
        running.clear();
    }
}
