package dev.zhibiao.query.service;

import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.query.domain.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the region table up to date with the places that stored events name, and their ancestors. */
@ApplicationScoped
public class RegionCatalog {
    // an upsert, not find-then-persist: the same ancestors arrive with almost every event
    private static final String UPSERT = """
            INSERT INTO region (code, name, level, parent_code, full_name)
            VALUES (:code, :name, :level, :parentCode, :fullName)
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                parent_code = EXCLUDED.parent_code, full_name = EXCLUDED.full_name
            WHERE (region.name, region.level, region.parent_code, region.full_name)
                IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.full_name)""";

    private final EntityManager em;

    public RegionCatalog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<RegionRef> places) {
        Map<String, Region> rows = new LinkedHashMap<>();
        for (RegionRef place : places) {
            RegionLineage.of(place).forEach(r -> rows.putIfAbsent(r.code, r));
        }
        for (Region r : rows.values()) {
            em.createNativeQuery(UPSERT).setParameter("code", r.code).setParameter("name", r.name)
                    .setParameter("level", r.level).setParameter("parentCode", r.parentCode)
                    .setParameter("fullName", r.fullName).executeUpdate();
        }
    }
}
