package dev.zhibiao.query.service;

import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.query.domain.Region;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the region table up to date with the places that stored events name, and their ancestors. */
@ApplicationScoped
public class RegionCatalog {
    // an upsert, not find-then-persist: the same ancestors arrive with almost every event
    private static final String UPSERT = """
            INSERT INTO region (code, name, level, parent_code, full_name)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                parent_code = EXCLUDED.parent_code, full_name = EXCLUDED.full_name
            WHERE (region.name, region.level, region.parent_code, region.full_name)
                IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.full_name)""";

    private final AgroalDataSource dataSource;

    public RegionCatalog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<RegionRef> places) {
        // one row per code (a multi-row upsert cannot touch a row twice), in code order (concurrent writers lock
        // region rows in the same order instead of deadlocking)
        Map<String, Region> rows = new TreeMap<>();
        for (RegionRef place : places) {
            RegionLineage.of(place).forEach(r -> rows.putIfAbsent(r.code, r));
        }
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement s = connection.prepareStatement(UPSERT)) {
            for (Region r : rows.values()) {
                s.setString(1, r.code);
                s.setString(2, r.name);
                s.setString(3, r.level);
                s.setString(4, r.parentCode);
                s.setString(5, r.fullName);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + rows.size() + " regions: " + e.getMessage(), e);
        }
    }
}
