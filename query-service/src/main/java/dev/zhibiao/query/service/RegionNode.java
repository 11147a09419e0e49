package dev.zhibiao.query.service;

/**
 * A place of the administrative tree with what is stored about it.
 *
 * @param indicatorCount indicators of the place and of every place under it
 * @param childCount     places directly under it that stored indicators name
 */
public record RegionNode(String code, String name, String level, String parentCode, String fullName,
                         long indicatorCount, long childCount) {
}
