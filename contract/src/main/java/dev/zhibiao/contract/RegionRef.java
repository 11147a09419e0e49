package dev.zhibiao.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A place resolved against the national administrative-division table (or a foreign country).
 *
 * @param name     official name (田东县)
 * @param code     division code (451022), or ISO 3166 alpha-2 for a country
 * @param level    COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP or VILLAGE
 * @param path     official names from the province down to this place
 * @param fullName the path joined with " > "
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionRef(String name, String code, String level, List<String> path, String fullName) {
}
