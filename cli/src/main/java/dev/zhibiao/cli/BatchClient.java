package dev.zhibiao.cli;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.zhibiao.contract.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Sends posts to ingest-service's {@code POST /api/posts/batch} (one JSON object per line) and reads what became of
 * each.
 */
final class BatchClient {
    /** A post file read for upload. */
    record Post(String file, String name, String content) {
    }

    /** One line of the answer; {@code line} counts from 1 in the order the posts were sent. */
    record PostResult(int line, String status, String reason) {
    }

    /**
     * The service's answer.
     *
     * @param status            the HTTP status
     * @param posts             one result per post when the batch was read (200), else empty
     * @param retryAfterSeconds how long the service asks to wait before sending again
     * @param body              the body as text, for the message when the batch was refused as a whole
     */
    record Reply(int status, List<PostResult> posts, long retryAfterSeconds, String body) {
    }

    private record Line(String name, String content) {
    }

    private record Answer(List<PostResult> posts) {
    }

    private static final ObjectWriter LINE = Json.mapper().writerFor(Line.class);
    private static final ObjectReader ANSWER = Json.mapper().readerFor(Answer.class);
    private static final long DEFAULT_RETRY_AFTER_SECONDS = 2;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;

    /** @param endpoint the batch endpoint, e.g. http://127.0.0.1:8081/api/posts/batch */
    BatchClient(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    Reply send(List<Post> posts) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson(posts))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(DEFAULT_RETRY_AFTER_SECONDS);
        List<PostResult> results = response.statusCode() == 200
                ? ANSWER.<Answer>readValue(response.body()).posts() : List.of();
        return new Reply(response.statusCode(), results, retryAfter, response.body());
    }

    private static byte[] ndjson(List<Post> posts) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Post post : posts) {
            body.write(LINE.writeValueAsBytes(new Line(post.name(), post.content())));
            body.write('\n');
        }
        return body.toByteArray();
    }
}
