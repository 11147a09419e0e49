package dev.zhibiao.cli;

import com.sun.net.httpserver.HttpServer;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code zhibiao ingest DIR} against a stand-in ingest-service that rejects one post and is busy once. */
class IngestCommandTest {
    @TempDir
    Path posts;
    private HttpServer service;
    private final Set<String> busyOnce = ConcurrentHashMap.newKeySet();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startService() throws IOException {
        for (String name : List.of("a.md", "b.md", "c.md", "notes.txt")) {
            Files.writeString(posts.resolve(name), "---\ntitle: \"" + name + "\"\n---\n<p>共有3个村。</p>\n");
        }
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/api/posts", exchange -> {
            String name = exchange.getRequestURI().getQuery().replace("name=", "");
            exchange.getRequestBody().readAllBytes();
            int status = name.equals("b.md") ? 400 : name.equals("c.md") && busyOnce.add(name) ? 503 : 202;
            byte[] body = (status == 400 ? "{\"detail\":\"bad post\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Retry-After", "0");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void stopService() {
        service.stop(0);
    }

    @Test
    void onATerminalProgressEndsAtAllPostsAndTheSummaryCountsFailures() {
        assertEquals(1, run(Progress.Mode.TERMINAL), "one post was not accepted");
        assertTrue(stdout().matches("ingested 2 of 3 posts in \\d+\\.\\d s \\(\\d+\\.\\d posts/s, 1 failed\\)\n"), stdout());
        assertTrue(stderr().contains("b.md: rejected (400): {\"detail\":\"bad post\"}\n"), stderr());
        assertTrue(stderr().matches("(?s).*\r\033\\[K3/3 posts  \\d+\\.\\d/s  ETA 0s  1 failed\n"),
                "the last progress line: " + stderr());
    }

    @Test
    void quietKeepsTheFailuresAndTheSummaryOnly() {
        assertEquals(1, run(Progress.Mode.NONE));
        assertTrue(stdout().startsWith("ingested 2 of 3 posts"), stdout());
        assertTrue(stderr().endsWith("b.md: rejected (400): {\"detail\":\"bad post\"}\n"), stderr());
        assertFalse(stderr().contains("posts"), "no progress: " + stderr());
    }

    private int run(Progress.Mode mode) {
        URI endpoint = URI.create("http://127.0.0.1:" + service.getAddress().getPort() + "/api/posts");
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
