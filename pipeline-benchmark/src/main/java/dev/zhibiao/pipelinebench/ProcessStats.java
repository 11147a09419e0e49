package dev.zhibiao.pipelinebench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux's /proc tells about a process (peak memory, CPU time used) and about the machine (CPU time used by
 * everything); 0 where /proc does not tell.
 */
final class ProcessStats {
    /** USER_HZ: the unit of the CPU times in /proc; 100 on every Linux architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessStats() {
    }

    /** Peak resident set size so far (VmHWM), in MiB. */
    static long peakRssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** CPU seconds the process has used (user + system). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds the whole machine has spent busy (all but idle and I/O wait), summed over its cores. */
    static double machineBusySeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
