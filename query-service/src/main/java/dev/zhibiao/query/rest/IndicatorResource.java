package dev.zhibiao.query.rest;

import dev.zhibiao.query.domain.Indicator;
import dev.zhibiao.query.service.Cursor;
import dev.zhibiao.query.service.IndicatorFilter;
import dev.zhibiao.query.service.IndicatorSearch;
import dev.zhibiao.query.service.Page;
import dev.zhibiao.query.service.RegionDirectory;
import dev.zhibiao.query.service.Sorting;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Search over all stored indicators, as JSON pages or as one CSV download. */
@Path("/api/indicators")
public class IndicatorResource {
    /** Rows per query while streaming CSV: each chunk is one keyset-paginated query. */
    static final int CSV_CHUNK = 1000;

    private final IndicatorSearch search;
    private final RegionDirectory regions;

    public IndicatorResource(IndicatorSearch search, RegionDirectory regions) {
        this.search = search;
        this.regions = regions;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, IndicatorCsv.MEDIA_TYPE})
    @Operation(summary = "Search indicators", description = """
            All filters combine. Page through results with page/size, or with cursor: pass the nextCursor of a
            page to get the next one (stable under inserts). With Accept: text/csv or format=csv the whole result
            (not one page) is streamed as CSV, UTF-8 with a byte-order mark.""")
    @APIResponse(responseCode = "200", description = "a page of indicators", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
                    {"items":[{"id":17,"postId":"2022-06-10-202206102407605958","value":233000,"unit":"元",
                    "qualifier":"EXACT","text":"23.3万元","metric":"村集体经济收入","region":{"name":"立新村",
                    "code":"451022104203","level":"VILLAGE","path":["广西壮族自治区","百色市","田东县","印茶镇","立新村"],
                    "fullName":"广西壮族自治区 > 百色市 > 田东县 > 印茶镇 > 立新村"},"period":"2021",
                    "sentence":"立新村村集体经济收入达23.3万元。","start":812,"end":818}],
                    "page":0,"size":50,"total":1}""")),
            @Content(mediaType = IndicatorCsv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "a parameter is not usable; detail says which and why",
            content = @Content(mediaType = dev.zhibiao.contract.Problem.MEDIA_TYPE))
    public Response list(
            @BeanParam IndicatorQueryParams filters,
            @Parameter(description = "order: " + "post (default: by post, then text order), id, value, year; "
                    + "prefix - for descending", example = "-value") @QueryParam("sort") String sort,
            @Parameter(description = "nextCursor of the previous page; replaces page") @QueryParam("cursor") String cursor,
            @Parameter(description = "page number from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 500 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "count all matches into total (default true; false saves a query)")
            @QueryParam("count") String count,
            @Parameter(description = "json (default) or csv; overrides the Accept header") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        IndicatorFilter filter = filters.toFilter(regions);
        Sorting sorting = sorting(sort);
        Cursor after = cursor(cursor, sorting, page);
        if (wantsCsv(format, headers)) {
            return Response.ok(csv(filter, after == null ? sorting : after.sorting()), IndicatorCsv.MEDIA_TYPE + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"indicators.csv\"").build();
        }
        Paging paging = Paging.of(page, size);
        String countParam = Params.text(count);
        Page<Indicator> found = search.search(filter, after == null ? sorting : after.sorting(), after, paging.page(),
                paging.size(), countParam == null || Params.bool("count", countParam));
        return Response.ok(found.map(IndicatorView::of), MediaType.APPLICATION_JSON).build();
    }

    private StreamingOutput csv(IndicatorFilter filter, Sorting sorting) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            IndicatorCsv.header(out);
            Cursor next = null;
            do {
                Page<Indicator> chunk = search.search(filter, sorting, next, 0, CSV_CHUNK, false);
                for (Indicator e : chunk.items()) {
                    IndicatorCsv.row(out, e);
                }
                next = chunk.nextCursor() == null ? null : Cursor.decode(chunk.nextCursor()).orElseThrow();
            } while (next != null);
            out.flush();
        };
    }

    private static Sorting sorting(String sort) {
        String s = Params.text(sort);
        if (s == null) {
            return Sorting.DEFAULT;
        }
        Sorting sorting = Sorting.parse(s);
        if (sorting == null) {
            throw new BadParameterException("sort must be one of " + Sorting.allowed() + ", got '" + s + "'");
        }
        return sorting;
    }

    private static Cursor cursor(String cursor, Sorting sorting, String page) {
        String c = Params.text(cursor);
        if (c == null) {
            return null;
        }
        if (Params.text(page) != null) {
            throw new BadParameterException("give either cursor or page, not both");
        }
        Cursor decoded = Cursor.decode(c).orElseThrow(() -> new BadParameterException(
                "cursor is not a nextCursor this API returned; start again without cursor"));
        if (!decoded.sorting().equals(sorting) && !sorting.equals(Sorting.DEFAULT)) {
            throw new BadParameterException("cursor was made for sort=" + decoded.sorting().token()
                    + ", not sort=" + sorting.token());
        }
        return decoded;
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        String f = Params.oneOf("format", format, List.of("JSON", "CSV"));
        if (f != null) {
            return f.equals("CSV");
        }
        return headers.getAcceptableMediaTypes().stream().filter(t -> !t.isWildcardType()).findFirst()
                .map(t -> t.isCompatible(MediaType.valueOf(IndicatorCsv.MEDIA_TYPE))).orElse(false);
    }
}
