package dev.zhibiao.ingest.rest;

import dev.zhibiao.ingest.source.InvalidSourceException;
import dev.zhibiao.ingest.source.SourceConflictException;
import dev.zhibiao.ingest.source.SourceDefinition;
import dev.zhibiao.ingest.source.SourceKind;
import dev.zhibiao.ingest.source.SourceRegistry;
import dev.zhibiao.ingest.source.SourceScheduler;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Duration;
import java.util.List;

/** Manages the sources ingest-service reads by itself: folders, feeds, article pages, sitemaps. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SourceResource {
    private final SourceRegistry registry;
    private final SourceScheduler scheduler;

    public SourceResource(SourceRegistry registry, SourceScheduler scheduler) {
        this.registry = registry;
        this.scheduler = scheduler;
    }

    @GET
    @Operation(summary = "List sources with their latest run, status and error")
    public List<SourceView> list() {
        return registry.all().stream().map(s -> SourceView.of(s, registry.state(s.id()))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One source with its latest run, status and error")
    public SourceView get(@PathParam("id") String id) {
        return view(existing(id));
    }

    @POST
    @Operation(summary = "Add a source", description = "It is scheduled at once; 400 for an invalid definition, "
            + "409 when the id is taken.")
    public Response add(SourceRequest request) {
        if (request == null) {
            throw new InvalidSourceException("send the source as JSON: {\"id\", \"type\", \"location\", "
                    + "\"interval\", \"categories\"}");
        }
        SourceDefinition source = registry.add(new SourceDefinition(request.id(),
                request.type() == null ? null : kind(request.type()), request.location(),
                interval(request.interval()), request.categories(), true));
        scheduler.schedule(source);
        return Response.created(UriBuilder.fromPath("/api/sources/{id}").build(source.id())).entity(view(source))
                .build();
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause a source: it is not polled until resumed (a run in progress finishes)")
    public SourceView pause(@PathParam("id") String id) {
        SourceDefinition source = existing(id);
        registry.update(id, s -> s.withPaused(true));
        scheduler.cancel(id);
        return view(source);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused source")
    public SourceView resume(@PathParam("id") String id) {
        SourceDefinition source = existing(id);
        registry.update(id, s -> s.withPaused(false));
        scheduler.schedule(source);
        return view(source);
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Run a source now, outside its schedule", description = "202; 409 while it is running.")
    public Response run(@PathParam("id") String id) {
        SourceDefinition source = existing(id);
        if (!scheduler.runNow(source)) {
            throw new SourceConflictException("source " + id + " is running; wait for its run to finish");
        }
        return Response.accepted(view(source)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a source added over REST", description = "Its state goes too; the stories it "
            + "published stay. 409 for a source defined in configuration.")
    public Response remove(@PathParam("id") String id) {
        existing(id);
        registry.remove(id);
        scheduler.cancel(id);
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidSourceException e) {
        return Problems.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(SourceConflictException e) {
        return Problems.response(Response.Status.CONFLICT, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problems.response(Response.Status.NOT_FOUND, e.getMessage());
    }

    private SourceDefinition existing(String id) {
        return registry.find(id).orElseThrow(() -> new NotFoundException("no source with id " + id
                + "; GET /api/sources lists them"));
    }

    private SourceView view(SourceDefinition source) {
        return SourceView.of(source, registry.state(source.id()));
    }

    private static SourceKind kind(String type) {
        try {
            return SourceKind.of(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(e.getMessage());
        }
    }

    private static Duration interval(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DurationConverter.parseDuration(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException("interval '" + value + "' is not a duration: write e.g. 30s, 15m, 1h "
                    + "or PT15M");
        }
    }
}
