package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.Problem;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.ingest.config.IngestConfig;
import dev.zhibiao.ingest.service.BatchEntry;
import dev.zhibiao.ingest.service.BatchIngest;
import dev.zhibiao.ingest.service.BatchPostResult;
import dev.zhibiao.ingest.service.IngestMetrics;
import dev.zhibiao.ingest.service.IngestMetrics.Rejection;
import dev.zhibiao.ingest.service.Utf8;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Many posts in one request (docs/ingest-api.md): one HTTP exchange and one JSON document for a whole batch instead of
 * one per post, the per-request cost that bounded directory ingest.
 */
@Path("/api/posts/batch")
public class PostBatchResource {
    private static final Logger LOG = Logger.getLogger(PostBatchResource.class);
    private static final String ANSWER_EXAMPLE = """
            {"topic": "zhibiao.posts.raw", "accepted": 1, "rejected": 1, "unavailable": 0, "posts": [
              {"line": 1, "name": "2022-06-10-tiandong.md", "postId": "2022-06-10-tiandong", "status": "ACCEPTED"},
              {"line": 2, "name": "2022-06-11-empty.md", "status": "REJECTED",
               "reason": "the post is empty: send the whole post file (YAML front matter + HTML body)"}]}
            """;

    private final BatchIngest batches;
    private final IngestConfig config;
    private final IngestMetrics metrics;

    public PostBatchResource(BatchIngest batches, IngestConfig config, IngestMetrics metrics) {
        this.batches = batches;
        this.config = config;
        this.metrics = metrics;
    }

    @POST
    @Consumes(NdjsonBatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = BatchExampleFilter.OPERATION_ID, summary = "Ingest many posts",
            description = "Body: " + NdjsonBatch.FORMAT + " (application/x-ndjson, UTF-8). Each post is checked as by "
                    + "POST /api/posts and published at once; the answer comes when Kafka acknowledged or refused each: "
                    + "200 with a result per line, in line order. Send the UNAVAILABLE ones again after Retry-After; "
                    + "REJECTED ones need fixing. Limits: zhibiao.ingest.max-batch-posts lines, "
                    + "zhibiao.ingest.max-batch-bytes bytes, zhibiao.ingest.max-post-bytes per post.")
    // its example: BatchExampleFilter
    @RequestBody(required = true, content = @Content(mediaType = NdjsonBatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "the batch was read; each post's result (Retry-After when some are UNAVAILABLE)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchAnswer.class),
                    examples = @ExampleObject(name = "one accepted, one rejected", value = ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "no line of the body is a post",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid write token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "more posts or bytes than a batch may have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "the body is not UTF-8, or not application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ingest(byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (bytes.length > config.maxBatchBytes()) {
            return refused(Rejection.TOO_LARGE, NdjsonBatch.lines(bytes), "the batch has " + bytes.length + " bytes; the limit is "
                    + config.maxBatchBytes() + " (zhibiao.ingest.max-batch-bytes): send fewer posts per request");
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            return refused(Rejection.UNSUPPORTED_MEDIA_TYPE, NdjsonBatch.lines(bytes), "the batch is not UTF-8 text: decode each "
                    + "post file (e.g. from GBK) to text and write the batch as UTF-8, as JSON libraries do");
        }
        List<BatchEntry> entries = NdjsonBatch.read(text);
        if (entries.size() > config.maxBatchPosts()) {
            return refused(Rejection.TOO_LARGE, entries.size(), "the batch has " + entries.size() + " posts; the limit is "
                    + config.maxBatchPosts() + " (zhibiao.ingest.max-batch-posts): send fewer posts per request");
        }
        if (entries.isEmpty()) {
            return refused(Rejection.BAD_REQUEST, 1, "the batch is empty: send " + NdjsonBatch.FORMAT);
        }
        if (entries.stream().noneMatch(BatchEntry::readable)) {
            return refused(Rejection.BAD_REQUEST, entries.size(), entries.get(0).unreadable()
                    + (entries.size() > 1 ? "; no other line is a post either" : ""));
        }
        return batches.ingest(entries).map(this::answer);
    }

    private Response answer(List<BatchPostResult> results) {
        BatchAnswer answer = BatchAnswer.of(Topics.RAW_POSTS, results);
        Response.ResponseBuilder ok = Response.ok(answer);
        if (answer.unavailable() > 0) {
            LOG.warnf("%d of %d posts of a batch not written, answered UNAVAILABLE: %s", answer.unavailable(),
                    results.size(), results.stream().filter(r -> r.status() == BatchPostResult.Status.UNAVAILABLE)
                            .findFirst().orElseThrow().reason());
            ok.header("Retry-After", config.retryAfterSeconds());
        }
        return ok.build();
    }

    /** A batch turned away as a whole: each of its posts counts as rejected. */
    private Uni<Response> refused(Rejection reason, int posts, String detail) {
        metrics.rejected(reason, posts);
        return Uni.createFrom().item(Problems.rejected(reason, detail));
    }
}
