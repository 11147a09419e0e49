package dev.zhibiao.engine.region;

/** Levels of the national administrative-division table, plus foreign countries. */
public enum RegionLevel {
    COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE
}
