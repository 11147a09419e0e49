package dev.zhibiao.benchmarks;

import dev.zhibiao.engine.region.DivisionTable;
import dev.zhibiao.engine.region.RegionResolver;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * The place table's cost at start-up, measured once in a fresh JVM (run it as its own process): the time to load
 * {@link DivisionTable#shared()} and then build {@link RegionResolver#shared()} (its name lexicon), as wall-clock and
 * as the loading thread's CPU time (which a loaded machine does not inflate), and the heap each retains, as used heap
 * after full GCs before and after.
 */
public final class PlaceTableFootprint {
    private PlaceTableFootprint() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long base = usedHeapAfterGc();
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        DivisionTable table = DivisionTable.shared();
        long wall1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long withTable = usedHeapAfterGc();
        long wall2 = System.nanoTime();
        long cpu2 = threads.getCurrentThreadCpuTime();
        RegionResolver resolver = RegionResolver.shared();
        long wall3 = System.nanoTime();
        long cpu3 = threads.getCurrentThreadCpuTime();
        long withResolver = usedHeapAfterGc();
        String line = "%-25s %7.0f ms wall %7.0f ms CPU, retains %6.1f MB%n";
        System.out.printf(Locale.ROOT, line, "DivisionTable.shared()", (wall1 - wall0) / 1e6, (cpu1 - cpu0) / 1e6, (withTable - base) / 1e6);
        System.out.printf(Locale.ROOT, line, "+ RegionResolver.shared()", (wall3 - wall2) / 1e6, (cpu3 - cpu2) / 1e6,
                (withResolver - withTable) / 1e6);
        System.out.printf(Locale.ROOT, line, "together", (wall1 - wall0 + wall3 - wall2) / 1e6, (cpu1 - cpu0 + cpu3 - cpu2) / 1e6,
                (withResolver - base) / 1e6);
        System.out.printf(Locale.ROOT, "(%d table entries)%n", table.size());
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
