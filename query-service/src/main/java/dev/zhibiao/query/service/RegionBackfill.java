package dev.zhibiao.query.service;

import dev.zhibiao.contract.RegionRef;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.List;

/**
 * Fills the region table from the indicators stored before it existed (a database migrated from V1): events that
 * are already stored are not stored again, so they would never add their places.
 */
@ApplicationScoped
public class RegionBackfill {
    private static final Logger LOG = Logger.getLogger(RegionBackfill.class);

    private final EntityManager em;
    private final RegionCatalog catalog;

    public RegionBackfill(EntityManager em, RegionCatalog catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        boolean empty = (Boolean) em.createNativeQuery("SELECT NOT EXISTS (SELECT 1 FROM region)").getSingleResult();
        if (!empty) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> places = em.createNativeQuery("""
                SELECT DISTINCT region_name, region_code, region_level, region_path FROM indicator
                WHERE region_code IS NOT NULL AND region_name IS NOT NULL""").getResultList();
        List<RegionRef> refs = places.stream().map(p -> new RegionRef((String) p[0], (String) p[1], (String) p[2],
                p[3] == null ? null : Arrays.asList(((String) p[3]).split(RegionLineage.PATH_SEPARATOR)), null)).toList();
        if (!refs.isEmpty()) {
            catalog.record(refs);
            LOG.infof("region table filled from %d places of stored indicators", refs.size());
        }
    }
}
