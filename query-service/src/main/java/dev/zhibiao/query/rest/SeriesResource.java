package dev.zhibiao.query.rest;

import dev.zhibiao.query.service.Bucket;
import dev.zhibiao.query.service.RegionDirectory;
import dev.zhibiao.query.service.Series;
import dev.zhibiao.query.service.SeriesQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** Values over time, for charts. */
@Path("/api/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {
    private final SeriesQuery query;
    private final RegionDirectory regions;

    public SeriesResource(SeriesQuery query, RegionDirectory regions) {
        this.query = query;
        this.regions = regions;
    }

    /** What the chart asks for: one series per unit (sums of different units mean nothing), per region on request. */
    public record SeriesResult(String bucket, List<Series> series) {
    }

    @GET
    @Operation(summary = "Values of matching indicators over time", description = """
            Takes every filter of /api/indicators. Each point aggregates the facts of one bucket: sum, count, min,
            max and latest (the value of the most recent fact). A fact's date is its period (2021, 2022-05, 2023-Q1 …),
            or the post's publication date when the text gives none; a fact whose period is coarser than the bucket
            (a year in a month series) is left out. One series per unit, and per region with groupBy=region.""")
    public SeriesResult series(
            @BeanParam IndicatorQueryParams filters,
            @Parameter(description = "year (default), quarter or month", example = "year") @QueryParam("bucket") String bucket,
            @Parameter(description = "region: one series per region", example = "region") @QueryParam("groupBy") String groupBy) {
        Bucket b = Params.oneOf("bucket", bucket, Bucket.class, Bucket.YEAR);
        boolean perRegion = Params.oneOf("groupBy", groupBy, List.of("REGION")) != null;
        return new SeriesResult(b.name().toLowerCase(), query.series(filters.toFilter(regions), b, perRegion));
    }
}
