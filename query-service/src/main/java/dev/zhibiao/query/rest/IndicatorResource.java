package dev.zhibiao.query.rest;

import dev.zhibiao.query.service.IndicatorFilter;
import dev.zhibiao.query.service.IndicatorSearch;
import dev.zhibiao.query.service.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Search over all stored indicators. */
@Path("/api/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
    private final IndicatorSearch search;

    public IndicatorResource(IndicatorSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search indicators", description = "All filters combine; results are ordered by post and position.")
    public Page<IndicatorView> list(
            @Parameter(description = "post id") @QueryParam("post") String post,
            @Parameter(description = "unit as stored: 元, %, 个, 名, 人次 …") @QueryParam("unit") String unit,
            @Parameter(description = "text contained in the metric label, e.g. 集体经济") @QueryParam("metric") String metric,
            @Parameter(description = "division code (451022) or place name (田东县)") @QueryParam("region") String region,
            @Parameter(description = "also match places under the region") @QueryParam("includeSubregions") boolean includeSubregions,
            @Parameter(description = "year the fact refers to") @QueryParam("year") Integer year,
            @Parameter(description = "page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        Page<dev.zhibiao.query.domain.Indicator> found = search.search(
                new IndicatorFilter(blankToNull(post), blankToNull(unit), blankToNull(metric), blankToNull(region),
                        includeSubregions, year), paging.page(), paging.size());
        return new Page<>(found.items().stream().map(IndicatorView::of).toList(), found.page(), found.size(), found.total());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
