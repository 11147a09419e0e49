package dev.zhibiao.engine.metric;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels every required gold quantity with a metric and compares with the gold label as the scorer does. */
class MetricGoldAgreementTest {
    /** The share reached when this test was last tightened; it must not drop. */
    private static final double FLOOR = 0.97;

    private final MetricLabeler labeler = new MetricLabeler();

    @Test
    void labelsAgreeWithGold() {
        int agreed = 0;
        int total = 0;
        StringBuilder misses = new StringBuilder();
        for (GoldPosts.Post post : GoldPosts.load()) {
            for (GoldPosts.Item item : post.items()) {
                if (!item.required() || item.metric().isEmpty()) {
                    continue;
                }
                String label = labeler.label(post.text(), item.quantity(), post.quantities());
                total++;
                if (Dice.agree(label, item.metric())) {
                    agreed++;
                } else {
                    misses.append(String.format("  %s  %s → %s  (gold %s)%n",
                            post.name(), item.quantity().text(), label, item.metric()));
                }
            }
        }
        System.out.printf("Metric gold agreement: %d/%d%n%s", agreed, total, misses);
        assertTrue(total > 150, "gold items found: " + total);
        assertTrue((double) agreed / total >= FLOOR, "agreement " + agreed + "/" + total);
    }
}
