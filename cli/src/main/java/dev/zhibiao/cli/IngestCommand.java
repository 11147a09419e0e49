package dev.zhibiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * {@code zhibiao ingest [--url URL] [--token TOKEN] [--concurrency N] [--quiet] PATH...}: sends every post file
 * (*.md, *.markdown) to ingest-service with the write token (--token or ZHIBIAO_TOKEN), N at a time (each request
 * waits for Kafka's acknowledgement, so throughput needs many in flight), resending on 503 as the service's
 * Retry-After asks. Prints progress and failures on stderr ({@link Progress}; --quiet keeps only the
 * failures) and a summary line on stdout; exit status 1 when any post was not accepted.
 */
public final class IngestCommand {
    private static final int DEFAULT_CONCURRENCY = 64;
    private static final int MAX_ATTEMPTS = 10;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final PrintStream out;
    private final PrintStream err;
    private final Progress.Mode progress;
    private final LongSupplier nanoTime;
    private final String token;
    private final int concurrency;

    IngestCommand(URI endpoint, String token, int concurrency, Progress.Mode progress, LongSupplier nanoTime,
                  PrintStream out, PrintStream err) {
        this.endpoint = endpoint;
        this.token = token;
        this.concurrency = concurrency;
        this.progress = progress;
        this.nanoTime = nanoTime;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("ZHIBIAO_INGEST_URL", "http://127.0.0.1:8081");
        String token = System.getenv().getOrDefault("ZHIBIAO_TOKEN", "");
        boolean quiet = false;
        int concurrency = DEFAULT_CONCURRENCY;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--token" -> token = args[++i];
                case "--quiet" -> quiet = true;
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: zhibiao ingest [--url http://127.0.0.1:8081] [--token TOKEN] [--concurrency 64] [--quiet] PATH...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Progress.Mode mode = quiet ? Progress.Mode.NONE : Terminal.stderr() ? Progress.Mode.TERMINAL : Progress.Mode.LINES;
        int failed = new IngestCommand(URI.create(url.replaceAll("/+$", "") + "/api/posts"), token, concurrency,
                mode, System::nanoTime, out, err).run(paths);
        System.exit(failed == 0 ? 0 : 1);
    }

    /** @return the number of posts that were not accepted */
    int run(List<String> paths) {
        List<Path> files = PostFiles.expand(paths, n -> n.endsWith(".md") || n.endsWith(".markdown"));
        Progress shown = new Progress(err, progress, files.size(), nanoTime);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path file : files) {
                jobs.add(pool.submit(() -> shown.finished(send(file, shown))));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("ingest interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        int failed = shown.failed();
        out.printf("ingested %d of %d posts in %.1f s (%.1f posts/s, %d failed)%n", files.size() - failed, files.size(),
                shown.seconds(), shown.rate(), failed);
        return failed;
    }

    private boolean send(Path file, Progress shown) {
        try {
            String name = file.getFileName().toString();
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/markdown; charset=UTF-8")
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 202) {
                    return true;
                }
                if (response.statusCode() != 503) {
                    shown.message("%s: rejected (%d): %s".formatted(file, response.statusCode(), response.body()));
                    return false;
                }
                Thread.sleep(1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(2L));
            }
            shown.message("%s: ingest-service unavailable after %d attempts".formatted(file, MAX_ATTEMPTS));
        } catch (IOException e) {
            shown.message("%s: %s".formatted(file, e.getMessage() == null ? e.toString() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
