package dev.zhibiao.query.rest;

import dev.zhibiao.query.service.MetricCatalog;
import dev.zhibiao.query.service.MetricSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** Metric labels, for suggestions and for choosing what to chart. */
@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {
    static final int MAX_LIMIT = 500;

    private final MetricCatalog metrics;

    public MetricResource(MetricCatalog metrics) {
        this.metrics = metrics;
    }

    @GET
    @Operation(summary = "Metric labels with counts and units, most frequent first")
    public List<MetricSummary> list(
            @Parameter(description = "text the label contains", example = "集体经济") @QueryParam("q") String q,
            @Parameter(description = "how many labels, 1 to 500 (default 50)") @QueryParam("limit") String limit) {
        Integer n = Params.integer("limit", limit);
        int max = n == null ? 50 : n;
        if (max < 1 || max > MAX_LIMIT) {
            throw new BadParameterException("limit must be between 1 and " + MAX_LIMIT + ", got " + max);
        }
        return metrics.top(Params.text(q), max);
    }
}
