package dev.zhibiao.query.service;

import dev.zhibiao.query.domain.Region;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Reads the administrative tree of stored places, with indicator counts of each subtree. */
@ApplicationScoped
public class RegionDirectory {
    static final int MAX_PLACES_PER_NAME = 100;

    private final EntityManager em;

    public RegionDirectory(EntityManager em) {
        this.em = em;
    }

    public boolean exists(String code) {
        return Region.findById(code) != null;
    }

    /** Codes of the places with this official name (many villages share a name), at most {@value #MAX_PLACES_PER_NAME}. */
    public List<String> codesNamed(String name) {
        return Region.<Region>find("name", Sort.by("code"), name).range(0, MAX_PLACES_PER_NAME - 1).list().stream()
                .map(r -> r.code).toList();
    }

    @Transactional
    public Optional<RegionNode> find(String code) {
        Region region = Region.findById(code);
        return region == null ? Optional.empty() : Optional.of(withCounts(List.of(region), code).get(0));
    }

    /** The places directly under {@code parentCode}, or the top-level places (provinces, countries) when null. */
    @Transactional
    public List<RegionNode> children(String parentCode) {
        List<Region> children = parentCode == null
                ? Region.<Region>find("parentCode is null", Sort.by("code")).list()
                : Region.<Region>find("parentCode", Sort.by("code"), parentCode).list();
        return withCounts(children, parentCode == null ? "" : parentCode);
    }

    /** @param commonPrefix a code prefix all {@code regions} share, so the count query scans only that subtree */
    private List<RegionNode> withCounts(List<Region> regions, String commonPrefix) {
        if (regions.isEmpty()) {
            return List.of();
        }
        Map<String, Long> indicators = new HashMap<>();
        // one grouped range scan per code length (siblings usually share one length) instead of one count per place
        for (int length : new TreeSet<>(regions.stream().map(r -> r.code.length()).toList())) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT left(i.region_code, :length), count(*) FROM indicator i
                    WHERE i.region_code LIKE :prefix AND length(i.region_code) >= :length GROUP BY 1""")
                    .setParameter("length", length).setParameter("prefix", commonPrefix + "%").getResultList();
            rows.forEach(r -> indicators.put((String) r[0], ((Number) r[1]).longValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> childRows = em.createNativeQuery(
                        "SELECT parent_code, count(*) FROM region WHERE parent_code IN (:codes) GROUP BY parent_code")
                .setParameter("codes", regions.stream().map(r -> r.code).toList()).getResultList();
        Map<String, Long> children = new HashMap<>();
        childRows.forEach(r -> children.put((String) r[0], ((Number) r[1]).longValue()));
        return regions.stream().map(r -> new RegionNode(r.code, r.name, r.level, r.parentCode, r.fullName,
                indicators.getOrDefault(r.code, 0L), children.getOrDefault(r.code, 0L))).toList();
    }
}
