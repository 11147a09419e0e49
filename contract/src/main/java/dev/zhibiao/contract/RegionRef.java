package dev.zhibiao.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A place resolved against the national administrative-division table (or a foreign country), or a LOCALITY: a
 * place the table does not hold (a reservoir, port, base, reserve, foreign city), named as written and placed in the
 * division or country it lies in, so that a region filter on that division finds its facts.
 *
 * @param name     the name the post gives the place near the fact: its own name when the official one does not
 *                 hold it (黔东南州 for 黔东南苗族侗族自治州, 姜家店乡 for 姜家店朝鲜族乡, 阿联酋), else the official
 *                 name (田东县 where the post writes 田东 or 该县); a township's with the city or county written right
 *                 before it (深圳前海合作区); for a LOCALITY the name as written (柞木村水库, 芝加哥). Group by
 *                 {@code code}: one place may be written differently in different posts
 * @param code     division code (451022), or ISO 3166 alpha-2 for a country; for a LOCALITY the code of the
 *                 division or country it lies in
 * @param level    COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE or LOCALITY
 * @param path     official names from the province (or country) down to this place; a LOCALITY's name is the last
 * @param fullName the path joined with " > "
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionRef(String name, String code, String level, List<String> path, String fullName) {
    /** The level of a place the division table does not hold. */
    public static final String LOCALITY = "LOCALITY";
}
