package dev.zhibiao.query.rest;

import dev.zhibiao.query.domain.Indicator;
import dev.zhibiao.query.domain.Post;
import dev.zhibiao.query.service.IndicatorMapper;
import dev.zhibiao.query.service.Page;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Stored posts and their indicators. */
@Path("/api/posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    @GET
    @Operation(summary = "List posts, newest first")
    public Page<PostSummary> list(@Parameter(description = "page number from 0") @QueryParam("page") String page,
                                  @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var query = Post.<Post>findAll(Sort.descending("publishedAt").and("id"));
        return new Page<>(query.page(io.quarkus.panache.common.Page.of(paging.page(), paging.size())).list().stream()
                .map(PostSummary::of).toList(), paging.page(), paging.size(), query.count(), null);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One post with its clean text and all its indicators",
            description = "Each indicator's start and end are offsets into text, for highlighting.")
    public PostDetail get(@PathParam("id") String id) {
        Post post = Post.findById(id);
        if (post == null) {
            // echo the id only when it is a plausible one: an error must never hand markup back to the client
            throw new NotFoundException(id.matches("[\\p{L}\\p{N}._-]{1,200}") ? "no post with id '" + id + "'"
                    : "no post with that id (post ids are letters, digits, '.', '_' and '-')");
        }
        var indicators = Indicator.<Indicator>find("postId", Sort.by("ordinal"), id).list().stream()
                .map(IndicatorView::of).toList();
        return new PostDetail(IndicatorMapper.toRecord(post), post.extractorVersion, indicators);
    }
}
