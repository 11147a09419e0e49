package dev.zhibiao.engine.region;

/**
 * Levels of the national administrative-division table, plus foreign countries, plus LOCALITY: a place the table does
 * not hold (a reservoir, port, base, reserve), below the division or country it lies in.
 */
public enum RegionLevel {
    COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE, LOCALITY
}
