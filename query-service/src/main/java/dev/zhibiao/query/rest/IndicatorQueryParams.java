package dev.zhibiao.query.rest;

import dev.zhibiao.query.service.IndicatorFilter;
import dev.zhibiao.query.service.RegionDirectory;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The indicator filters, shared by the search and the time series; all combine. */
public class IndicatorQueryParams {
    static final List<String> LEVELS = List.of("COUNTRY", "PROVINCE", "PREFECTURE", "COUNTY", "TOWNSHIP", "VILLAGE", "LOCALITY");
    static final List<String> QUALIFIERS = List.of("EXACT", "APPROX", "MORE_THAN", "AT_LEAST", "LESS_THAN", "AT_MOST", "RANGE");
    static final List<String> CHANGES = List.of("INCREASE", "DECREASE");
    static final int MAX_TEXT_WORDS = 10;
    // division codes are digits; foreign countries have ISO 3166 alpha-2 codes
    private static final Pattern CODE = Pattern.compile("\\d{2,12}|[A-Z]{2}");

    @QueryParam("post")
    @Parameter(description = "post id", example = "2024-03-18-sample-county-village-economy")
    public String post;
    @QueryParam("unit")
    @Parameter(description = "unit as stored: 元, %, 个, 名, 人次 …", example = "元")
    public String unit;
    @QueryParam("metric")
    @Parameter(description = "text contained in the metric label (substring, trigram-indexed)", example = "集体经济")
    public String metric;
    @QueryParam("region")
    @Parameter(description = "division code or official place name; unknown ones are a 400", example = "4510")
    public String region;
    @QueryParam("includeSubregions")
    @Parameter(description = "also match every place under the region", example = "true")
    public String includeSubregions;
    @QueryParam("level")
    @Parameter(description = "level of the indicator's place: COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE, or LOCALITY (a place outside the division table, e.g. a reservoir or a foreign city)",
            example = "VILLAGE")
    public String level;
    @QueryParam("qualifier")
    @Parameter(description = "EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST or RANGE", example = "MORE_THAN")
    public String qualifier;
    @QueryParam("change")
    @Parameter(description = "INCREASE or DECREASE: only stated changes", example = "INCREASE")
    public String change;
    @QueryParam("year")
    @Parameter(description = "year the fact refers to", example = "2021")
    public String year;
    @QueryParam("from")
    @Parameter(description = "first year the fact refers to, inclusive", example = "2020")
    public String from;
    @QueryParam("to")
    @Parameter(description = "last year the fact refers to, inclusive", example = "2023")
    public String to;
    @QueryParam("minValue")
    @Parameter(description = "smallest normalized value, inclusive", example = "100000")
    public String minValue;
    @QueryParam("maxValue")
    @Parameter(description = "largest normalized value, inclusive", example = "50000000")
    public String maxValue;
    @QueryParam("category")
    @Parameter(description = "a category of the post", example = "sample")
    public String category;
    @QueryParam("q")
    @Parameter(description = "words (space-separated) that must all occur in the source sentence", example = "驻村 工作队")
    public String q;

    IndicatorFilter toFilter(RegionDirectory regions) {
        Integer fromYear = Params.year("from", from);
        Integer toYear = Params.year("to", to);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new BadParameterException("from (" + fromYear + ") must not be after to (" + toYear + ")");
        }
        BigDecimal min = Params.decimal("minValue", minValue);
        BigDecimal max = Params.decimal("maxValue", maxValue);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BadParameterException("minValue (" + min + ") must not be larger than maxValue (" + max + ")");
        }
        return new IndicatorFilter(Params.text(post), Params.text(unit), Params.text(metric), regionCodes(regions),
                Params.bool("includeSubregions", includeSubregions), Params.oneOf("level", level, LEVELS),
                Params.oneOf("qualifier", qualifier, QUALIFIERS), Params.oneOf("change", change, CHANGES),
                Params.year("year", year), fromYear, toYear, min, max, Params.text(category), words());
    }

    private List<String> regionCodes(RegionDirectory regions) {
        String r = Params.text(region);
        if (r == null) {
            return null;
        }
        if (CODE.matcher(r).matches()) {
            if (!regions.exists(r)) {
                throw new BadParameterException("unknown region code '" + r
                        + "': no stored indicator names this place or a place under it (GET /api/regions lists them)");
            }
            return List.of(r);
        }
        List<String> codes = regions.codesNamed(r);
        if (codes.isEmpty()) {
            throw new BadParameterException("no stored place is named '" + r
                    + "': give a division code or an official name such as 百色市 (GET /api/regions lists them)");
        }
        return codes;
    }

    private List<String> words() {
        String text = Params.text(q);
        if (text == null) {
            return null;
        }
        List<String> words = Arrays.stream(text.split("\\s+")).distinct().toList();
        if (words.size() > MAX_TEXT_WORDS) {
            throw new BadParameterException("q may have at most " + MAX_TEXT_WORDS + " words, got " + words.size());
        }
        return words;
    }
}
