package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.Topics;
import dev.zhibiao.contract.PostIds;
import dev.zhibiao.ingest.config.IngestConfig;
import dev.zhibiao.ingest.service.IngestMetrics;
import dev.zhibiao.ingest.service.IngestMetrics.Rejection;
import dev.zhibiao.ingest.service.PostPublisher;
import dev.zhibiao.ingest.service.PublishFailedException;
import dev.zhibiao.telemetry.PostLogContext;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Accepts news posts (Jekyll markdown files) and publishes them to Kafka. */
@Path("/api/posts")
public class PostResource {
    private static final Logger LOG = Logger.getLogger(PostResource.class);

    private final PostPublisher publisher;
    private final IngestConfig config;
    private final IngestMetrics metrics;

    public PostResource(PostPublisher publisher, IngestConfig config, IngestMetrics metrics) {
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    @POST
    @Consumes({"text/markdown", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one post",
            description = "Body: the whole post file (YAML front matter + HTML body), UTF-8. Answers 202 with the post id "
                    + "once Kafka has acknowledged the record; 503 with Retry-After when it could not be written.")
    public Uni<Response> ingest(byte[] body,
                                @Parameter(description = "file name of the post; its stem becomes the post id")
                                @QueryParam("name") String name,
                                @HeaderParam("X-Post-Name") String nameHeader) {
        if (body == null || body.length == 0) {
            return rejected(Rejection.BAD_REQUEST, Response.Status.BAD_REQUEST,
                    "the request body is empty: send the post file as the body");
        }
        if (body.length > config.maxPostBytes()) {
            return rejected(Rejection.TOO_LARGE, Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "the post has " + body.length + " bytes; the limit is " + config.maxPostBytes());
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return rejected(Rejection.UNSUPPORTED_MEDIA_TYPE, Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "the post is not UTF-8 text; convert it (e.g. from GBK) to UTF-8 and send it again");
        }
        String source = name != null && !name.isBlank() ? name : nameHeader;
        String postId = PostIds.of(source, content);
        // the request's own log context: gone with the request
        PostLogContext.set(postId);
        return publisher.publish(postId, source, content)
                .map(post -> Response.accepted(new IngestAccepted(post.postId(), Topics.RAW_POSTS, "ACCEPTED")).build());
    }

    private Uni<Response> rejected(Rejection reason, Response.Status status, String detail) {
        metrics.rejected(reason);
        return Uni.createFrom().item(Problems.response(status, detail));
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        LOG.warnf("post not written, answering 503: %s", e.getMessage());
        Response problem = Problems.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage() + "; retry later");
        return Response.fromResponse(problem).header("Retry-After", config.retryAfterSeconds()).build();
    }
}
