package dev.zhibiao.query;

import java.util.Objects;
import java.util.function.Supplier;

/** Waiting for what the Kafka consumer stores asynchronously. */
public final class TestEvents {
    private TestEvents() {
    }

    public static void await(Supplier<Object> probe, Object expected, String what) {
        long deadline = System.currentTimeMillis() + 30_000;
        Object last = null;
        while (System.currentTimeMillis() < deadline) {
            last = probe.get();
            if (Objects.equals(last, expected)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(what + " never became " + expected + "; last " + last);
    }
}
