package dev.zhibiao.query.service;

import dev.zhibiao.query.domain.Indicator;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** Searches stored indicators; every filter value is a bound parameter. */
@ApplicationScoped
public class IndicatorSearch {

    public Page<Indicator> search(IndicatorFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.post() != null) {
            where.add("postId = :post");
            params.and("post", filter.post());
        }
        if (filter.unit() != null) {
            where.add("unit = :unit");
            params.and("unit", filter.unit());
        }
        if (filter.metric() != null) {
            where.add("lower(metric) like :metric escape '\\'");
            params.and("metric", "%" + likeEscaped(filter.metric().toLowerCase()) + "%");
        }
        if (filter.region() != null) {
            addRegion(filter, where, params);
        }
        if (filter.year() != null) {
            where.add("year = :year");
            params.and("year", filter.year());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<Indicator> q = Indicator.find(query, Sort.by("postId").and("ordinal"), params);
        return new Page<>(q.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, q.count());
    }

    private static void addRegion(IndicatorFilter filter, List<String> where, Parameters params) {
        String region = filter.region().trim();
        if (region.chars().allMatch(Character::isDigit)) {
            if (filter.includeSubregions()) {
                where.add("regionCode like :regionCode");
                params.and("regionCode", region + "%");
            } else {
                where.add("regionCode = :regionCode");
                params.and("regionCode", region);
            }
        } else if (filter.includeSubregions()) {
            where.add("(regionName = :regionName or regionPath like :regionPath escape '\\')");
            params.and("regionName", region).and("regionPath", "%" + likeEscaped(region) + "%");
        } else {
            where.add("regionName = :regionName");
            params.and("regionName", region);
        }
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
