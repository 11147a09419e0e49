package dev.zhibiao.ingest.rest;

import dev.zhibiao.contract.Topics;
import dev.zhibiao.ingest.config.IngestConfig;
import dev.zhibiao.ingest.service.PostCheck;
import dev.zhibiao.ingest.service.PostPublisher;
import dev.zhibiao.ingest.service.PublishFailedException;
import dev.zhibiao.ingest.service.UploadRules;
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

/** Accepts news posts (Jekyll markdown files) and publishes them to Kafka. */
@Path("/api/posts")
public class PostResource {
    private static final Logger LOG = Logger.getLogger(PostResource.class);

    private final PostPublisher publisher;
    private final IngestConfig config;
    private final UploadRules rules;

    public PostResource(PostPublisher publisher, IngestConfig config, UploadRules rules) {
        this.publisher = publisher;
        this.config = config;
        this.rules = rules;
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
        String source = name != null && !name.isBlank() ? name : nameHeader;
        PostCheck check = rules.check(source, body);
        if (check instanceof PostCheck.Rejected rejected) {
            return Uni.createFrom().item(Problems.rejected(rejected.reason(), rejected.detail()));
        }
        PostCheck.Passed post = (PostCheck.Passed) check;
        // the request's own log context: gone with the request
        PostLogContext.set(post.postId());
        return publisher.publish(post.postId(), post.source(), post.content())
                .map(published -> Response.accepted(new IngestAccepted(published.postId(), Topics.RAW_POSTS, "ACCEPTED")).build());
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        LOG.warnf("post not written, answering 503: %s", e.getMessage());
        Response problem = Problems.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage() + "; retry later");
        return Response.fromResponse(problem).header("Retry-After", config.retryAfterSeconds()).build();
    }
}
