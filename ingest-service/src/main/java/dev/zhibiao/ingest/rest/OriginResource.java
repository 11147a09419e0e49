package dev.zhibiao.ingest.rest;

import dev.zhibiao.ingest.source.dedupe.DuplicateIndex;
import dev.zhibiao.ingest.source.dedupe.Origin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Every place a story published from a source was found: the first copy's origin, then its duplicates'. */
@Path("/api/origins")
@Produces(MediaType.APPLICATION_JSON)
public class OriginResource {
    private final DuplicateIndex index;

    public OriginResource(DuplicateIndex index) {
        this.index = index;
    }

    @GET
    @Path("{postId}")
    @Operation(summary = "Origins of a post read from sources (files, pages, feed items), first-seen first")
    public Response origins(@PathParam("postId") String postId) {
        List<Origin> origins = index.origins(postId);
        return origins.isEmpty()
                ? Problems.response(Response.Status.NOT_FOUND, "no source has published a post with id " + postId)
                : Response.ok(origins).build();
    }
}
