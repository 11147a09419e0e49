package dev.zhibiao.pipelinebench;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPU seconds used so far by each process of the pipeline and by the whole machine, at one moment. */
record CpuUse(Map<String, Double> byProcess, double machine) {
    static final String REST = "rest (PostgreSQL, ingest command, OS)";

    static CpuUse now(Map<String, Long> pids) {
        Map<String, Double> byProcess = new LinkedHashMap<>();
        pids.forEach((name, pid) -> byProcess.put(name, ProcessStats.cpuSeconds(pid)));
        return new CpuUse(byProcess, ProcessStats.machineBusySeconds());
    }

    /** CPU milliseconds per item spent since {@code earlier}, per process and for the rest of the machine. */
    Map<String, Double> msPerItemSince(CpuUse earlier, long items) {
        Map<String, Double> out = new LinkedHashMap<>();
        double processes = 0;
        for (Map.Entry<String, Double> e : byProcess.entrySet()) {
            double used = e.getValue() - earlier.byProcess.getOrDefault(e.getKey(), 0.0);
            processes += used;
            out.put(e.getKey(), 1000 * used / items);
        }
        out.put(REST, 1000 * (machine - earlier.machine - processes) / items);
        return out;
    }
}
