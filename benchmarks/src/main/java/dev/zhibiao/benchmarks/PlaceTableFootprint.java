package dev.zhibiao.benchmarks;

import dev.zhibiao.engine.region.DivisionTable;
import dev.zhibiao.engine.region.RegionResolver;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * The place table's cost at start-up, measured once in a fresh JVM (run it as its own process): the time to load
 * {@link DivisionTable#shared()} and then build {@link RegionResolver#shared()} (its name lexicon), and the heap each
 * retains, as used heap after full GCs before and after.
 */
public final class PlaceTableFootprint {
    private PlaceTableFootprint() {
    }

    public static void main(String[] args) {
        long base = usedHeapAfterGc();
        long t0 = System.nanoTime();
        DivisionTable table = DivisionTable.shared();
        long t1 = System.nanoTime();
        long withTable = usedHeapAfterGc();
        long t2 = System.nanoTime();
        RegionResolver resolver = RegionResolver.shared();
        long t3 = System.nanoTime();
        long withResolver = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "DivisionTable.shared():   %6.0f ms, retains %6.1f MB (%d entries)%n",
                (t1 - t0) / 1e6, (withTable - base) / 1e6, table.size());
        System.out.printf(Locale.ROOT, "RegionResolver.shared():  %6.0f ms more, retains %6.1f MB more%n",
                (t3 - t2) / 1e6, (withResolver - withTable) / 1e6);
        System.out.printf(Locale.ROOT, "together:                 %6.0f ms, %6.1f MB%n", (t3 - t0) / 1e6, (withResolver - base) / 1e6);
        Reference.reachabilityFence(table);
        Reference.reachabilityFence(resolver);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        // GC until the figure settles: one System.gc() may leave finalizable or soft garbage behind
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
