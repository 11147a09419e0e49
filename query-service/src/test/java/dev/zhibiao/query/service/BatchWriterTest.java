package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.PostRecord;
import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.query.StoredRows;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhibiao.query.IndicatorEvents.event;
import static dev.zhibiao.query.IndicatorEvents.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One polled batch, stored the way the consumer stores it: the result equals storing its events one by one. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class BatchWriterTest {
    // a made-up province, so no other test's region tree changes
    private static final RegionRef VILLAGE = new RegionRef("甲村", "950101001001", "VILLAGE",
            List.of("测试省", "甲市", "乙县", "丙镇", "甲村"), "测试省 > 甲市 > 乙县 > 丙镇 > 甲村");

    @Inject
    BatchWriter writer;
    @Inject
    AgroalDataSource db;
    @Inject
    MeterRegistry meters;

    @Test
    void badEventsInTheMiddleAreRejectedAloneAndTheRestIsStored() {
        String a = newPostId();
        String b = newPostId();
        String tooLongUnit = newPostId();
        String d = newPostId();
        Map<Integer, RuntimeException> rejected = writer.store(List.of(
                event(a, "a1", "1.0.0", List.of(indicator("194名", "194", "名", "队员", VILLAGE, null))),
                new IndicatorsExtracted("x1", "1.0.0", null, new PostRecord(null, null, null, null, null, null, "t"), List.of()),
                event(b, "b1", "1.0.0", List.of(indicator("21名", "21", "名", "选派", null, "2021"))),
                event(tooLongUnit, "c1", "1.0.0", List.of(indicator("5个", "5", "个".repeat(41), "村", null, null))),
                event(d, "d1", "1.0.0", List.of())));

        assertEquals(List.of(1, 3), rejected.keySet().stream().sorted().toList());
        assertTrue(rejected.get(1).getMessage().contains("post.id"), rejected.get(1).getMessage());
        String reason = rejected.get(3).getMessage();
        assertTrue(reason.contains(tooLongUnit) && reason.contains("value too long"), reason);
        StoredRows rows = new StoredRows(db);
        assertEquals(List.of("队员"), rows.metricsOf(a));
        assertEquals(List.of("选派"), rows.metricsOf(b));
        assertEquals("d1", rows.eventIdOf(d));
        assertNull(rows.eventIdOf(tooLongUnit));
        assertEquals("甲村", rows.regionName("950101001001"), "the region catalog is updated");
        assertEquals("乙县", rows.regionName("950101"), "with the place's ancestors");
    }

    @Test
    void ofOnePostTwiceInABatchTheOneStoredLastInOrderWins() {
        String sameVersion = newPostId();
        String olderLater = newPostId();
        assertEquals(Map.of(), writer.store(List.of(
                event(sameVersion, "s1", "1.0.0", List.of(indicator("1个", "1", "个", "第一次", null, null),
                        indicator("2个", "2", "个", "第一次", null, null))),
                event(olderLater, "o1", "1.10.0", List.of(indicator("3个", "3", "个", "新版", null, null))),
                event(sameVersion, "s2", "1.0.0", List.of(indicator("1个", "1", "个", "第二次", null, null))),
                event(olderLater, "o2", "1.9.0", List.of(indicator("3个", "3", "个", "旧版", null, null))))));

        StoredRows rows = new StoredRows(db);
        assertEquals("s2", rows.eventIdOf(sameVersion), "the same version: the later event replaces the earlier");
        assertEquals(List.of("第二次"), rows.metricsOf(sameVersion));
        assertEquals("o1", rows.eventIdOf(olderLater), "an older version never replaces a newer one");
        assertEquals(List.of("新版"), rows.metricsOf(olderLater));
    }

    @Test
    void aStaleEventInABatchChangesNothing() {
        String postId = newPostId();
        String other = newPostId();
        writer.store(List.of(event(postId, "new", "1.2.0", List.of(indicator("7个", "7", "个", "新版", null, null)))));
        List<String> idsBefore = new StoredRows(db).indicatorIdsOf(postId);
        double staleBefore = outcomes("stale");

        writer.store(List.of(event(postId, "old", "1.1.9", List.of(indicator("7个", "7", "个", "旧版", null, null))),
                event(other, "x", "1.0.0", List.of())));

        StoredRows rows = new StoredRows(db);
        assertEquals("new", rows.eventIdOf(postId));
        assertEquals(idsBefore, rows.indicatorIdsOf(postId));
        assertEquals("x", rows.eventIdOf(other), "the rest of the batch is stored");
        assertEquals(staleBefore + 1, outcomes("stale"));
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        String first = newPostId();
        String second = newPostId();
        List<IndicatorsExtracted> batch = List.of(
                event(first, "f", "1.0.0", List.of(indicator("1个", "1", "个", "甲", VILLAGE, null),
                        indicator("2个", "2", "个", "乙", null, null))),
                event(second, "s", "1.0.0", List.of(indicator("3个", "3", "个", "丙", null, null))));
        writer.store(batch);
        StoredRows rows = new StoredRows(db);
        List<String> firstIds = rows.indicatorIdsOf(first);
        List<String> secondIds = rows.indicatorIdsOf(second);
        double alreadyStoredBefore = outcomes("already_stored");

        assertEquals(Map.of(), writer.store(batch));

        assertEquals(firstIds, rows.indicatorIdsOf(first), "the indicator rows are the same rows, not rewritten");
        assertEquals(secondIds, rows.indicatorIdsOf(second));
        assertEquals(2, firstIds.size());
        assertEquals(alreadyStoredBefore + 2, outcomes("already_stored"));
    }

    private double outcomes(String outcome) {
        return meters.counter("zhibiao.events.stored", "outcome", outcome).count();
    }

    private static String newPostId() {
        return "batch-" + UUID.randomUUID();
    }
}
