package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.zhibiao.contract.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code zhibiao ingest DIR} against a stand-in ingest-service batch endpoint that rejects b.md, reports c.md
 * UNAVAILABLE the first time, and can answer a whole batch 503 once.
 */
class IngestCommandTest {
    private static final String CONTENT = "---\ntitle: \"%s\"\n---\n<p>共有3个村。</p>\n";
    @TempDir
    Path posts;
    private HttpServer service;
    private boolean busyOnce;
    private final Set<String> unavailableOnce = ConcurrentHashMap.newKeySet();
    /** The names of the posts of each request, in arrival order. */
    private final List<List<String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startService() throws IOException {
        for (String name : List.of("a.md", "b.md", "c.md", "notes.txt")) {
            Files.writeString(posts.resolve(name), CONTENT.formatted(name));
        }
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/api/posts/batch", this::answer);
        service.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        boolean busy = busyOnce;
        busyOnce = false;
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        String[] lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            JsonNode post = Json.mapper().readTree(lines[i]);
            String name = post.get("name").asText();
            names.add(name);
            received.put(name, post.get("content").asText());
            String status = name.equals("b.md") ? "REJECTED"
                    : name.equals("c.md") && !busy && unavailableOnce.add(name) ? "UNAVAILABLE" : "ACCEPTED";
            results.add(status.equals("REJECTED") ? Map.of("line", i + 1, "name", name, "status", status, "reason", "bad post")
                    : Map.of("line", i + 1, "name", name, "status", status));
        }
        requests.add(names);
        byte[] body = Json.write(busy ? Map.of("detail", "busy") : Map.of("posts", results)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Retry-After", "0");
        exchange.sendResponseHeaders(busy ? 503 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stopService() {
        service.stop(0);
    }

    @Test
    void sendsThePostsAsOneBatchAndSendsAgainOnlyTheUnavailableOne() {
        assertEquals(1, run(Progress.Mode.NONE), "b.md was rejected");
        assertEquals(List.of(List.of("a.md", "b.md", "c.md"), List.of("c.md")), requests);
        assertEquals(CONTENT.formatted("a.md"), received.get("a.md"), "the file's text as content");
        assertEquals("b.md: rejected: bad post\n", stderr().replace(posts + "/", ""));
        assertTrue(stdout().startsWith("ingested 2 of 3 posts"), stdout());
    }

    @Test
    void aBatchAnswered503IsSentAgainWhole() {
        busyOnce = true;
        assertEquals(1, run(Progress.Mode.NONE));
        assertEquals(List.of(List.of("a.md", "b.md", "c.md"), List.of("a.md", "b.md", "c.md"), List.of("c.md")), requests);
    }

    @Test
    void onATerminalProgressEndsAtAllPostsAndTheSummaryCountsFailures() {
        assertEquals(1, run(Progress.Mode.TERMINAL), "one post was not accepted");
        assertTrue(stdout().matches("ingested 2 of 3 posts in \\d+\\.\\d s \\(\\d+\\.\\d posts/s, 1 failed\\)\n"), stdout());
        assertTrue(stderr().contains("b.md: rejected: bad post\n"), stderr());
        assertTrue(stderr().matches("(?s).*\r\033\\[K3/3 posts  \\d+\\.\\d/s  ETA 0s  1 failed\n"),
                "the last progress line: " + stderr());
    }

    @Test
    void quietKeepsTheFailuresAndTheSummaryOnly() {
        assertEquals(1, run(Progress.Mode.NONE));
        assertTrue(stdout().startsWith("ingested 2 of 3 posts"), stdout());
        assertTrue(stderr().endsWith("b.md: rejected: bad post\n"), stderr());
        assertFalse(stderr().contains("posts"), "no progress: " + stderr());
    }

    @Test
    void aFileThatIsNotUtf8FailsAloneWithoutBeingSent() throws IOException {
        Files.write(posts.resolve("d.md"), "测试".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(2, run(Progress.Mode.NONE));
        assertTrue(stderr().contains("d.md: not UTF-8 text"), stderr());
        assertEquals(List.of("a.md", "b.md", "c.md"), requests.get(0));
    }

    private int run(Progress.Mode mode) {
        URI endpoint = URI.create("http://127.0.0.1:" + service.getAddress().getPort() + "/api/posts/batch");
        return new IngestCommand(endpoint, "token", 4, mode, System::nanoTime, print(out), print(err))
                .run(List.of(posts.toString()));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
