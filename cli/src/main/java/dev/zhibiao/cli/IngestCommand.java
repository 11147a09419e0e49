package dev.zhibiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * {@code zhibiao ingest [--url URL] [--token TOKEN] [--concurrency N] [--quiet] PATH...}: sends every post file
 * (*.md, *.markdown) to ingest-service with the write token (--token or ZHIBIAO_TOKEN) in batches of up to
 * 100 posts or about 4 MB, N batches at a time (each answer waits for Kafka's acknowledgements).
 * Posts the service reports UNAVAILABLE, and whole batches answered 503, are sent again after the Retry-After it asks
 * for; REJECTED posts are failures, with the service's reason. Prints progress and failures on stderr
 * ({@link Progress}; --quiet keeps only the failures) and a summary line on stdout; exit status 1 when any post was
 * not accepted.
 */
public final class IngestCommand {
    private static final int BATCH_POSTS = 100;
    private static final long BATCH_BYTES = 4L * 1024 * 1024;
    private static final int DEFAULT_CONCURRENCY = 4;
    private static final int MAX_ATTEMPTS = 10;

    private final BatchClient service;
    private final PrintStream out;
    private final PrintStream err;
    private final Progress.Mode progress;
    private final LongSupplier nanoTime;
    private final int concurrency;

    /** @param endpoint the batch endpoint, e.g. http://127.0.0.1:8081/api/posts/batch */
    IngestCommand(URI endpoint, String token, int concurrency, Progress.Mode progress, LongSupplier nanoTime,
                  PrintStream out, PrintStream err) {
        this.service = new BatchClient(endpoint, token);
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
            System.err.println("usage: zhibiao ingest [--url http://127.0.0.1:8081] [--token TOKEN] [--concurrency "
                    + DEFAULT_CONCURRENCY + " batches in flight] [--quiet] PATH...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Progress.Mode mode = quiet ? Progress.Mode.NONE : Terminal.stderr() ? Progress.Mode.TERMINAL : Progress.Mode.LINES;
        int failed = new IngestCommand(URI.create(url.replaceAll("/+$", "") + "/api/posts/batch"), token, concurrency,
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
            for (List<Path> batch : PostBatches.of(files, BATCH_POSTS, BATCH_BYTES)) {
                jobs.add(pool.submit(() -> send(batch, shown)));
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

    /** Sends one batch until each post is accepted or has failed. */
    private void send(List<Path> files, Progress shown) {
        List<BatchClient.Post> pending = read(files, shown);
        try {
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    pending.forEach(post -> failed(post.file(), "ingest-service unavailable after " + MAX_ATTEMPTS + " attempts", shown));
                    return;
                }
                BatchClient.Reply reply = service.send(pending);
                if (reply.status() == 200) {
                    pending = unavailable(pending, reply, shown);
                } else if (reply.status() != 503) {
                    pending.forEach(post -> failed(post.file(), "rejected (%d): %s".formatted(reply.status(), reply.body()), shown));
                    return;
                }
                if (!pending.isEmpty()) {
                    Thread.sleep(1000L * reply.retryAfterSeconds());
                }
            }
        } catch (IOException e) {
            pending.forEach(post -> failed(post.file(), describe(e), shown));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the accepted and rejected posts of a read batch; returns those to send again. */
    private static List<BatchClient.Post> unavailable(List<BatchClient.Post> sent, BatchClient.Reply reply, Progress shown) {
        List<BatchClient.Post> again = new ArrayList<>();
        for (BatchClient.PostResult result : reply.posts()) {
            BatchClient.Post post = sent.get(result.line() - 1);
            switch (result.status()) {
                case "ACCEPTED" -> shown.finished(true);
                case "UNAVAILABLE" -> again.add(post);
                default -> failed(post.file(), "rejected: " + result.reason(), shown);
            }
        }
        return again;
    }

    /** The batch's files as text; a file that cannot be read or is not UTF-8 fails on its own. */
    private static List<BatchClient.Post> read(List<Path> files, Progress shown) {
        List<BatchClient.Post> posts = new ArrayList<>();
        for (Path file : files) {
            try {
                String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                posts.add(new BatchClient.Post(file.toString(), file.getFileName().toString(), content));
            } catch (CharacterCodingException e) {
                failed(file.toString(), "not UTF-8 text; convert it (e.g. from GBK) to UTF-8", shown);
            } catch (IOException e) {
                failed(file.toString(), describe(e), shown);
            }
        }
        return posts;
    }

    private static void failed(String file, String why, Progress shown) {
        shown.message("%s: %s".formatted(file, why));
        shown.finished(false);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
