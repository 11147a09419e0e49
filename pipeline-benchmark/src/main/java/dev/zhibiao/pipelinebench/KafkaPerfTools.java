package dev.zhibiao.pipelinebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own perf tools (kafka-producer-perf-test, kafka-consumer-perf-test: ProducerPerformance and
 * ConsumerPerformance of kafka-tools) run as separate JVMs, as an operator would run them: the limit the broker
 * allows on this machine for the same records.
 */
final class KafkaPerfTools {
    private static final Pattern PRODUCER_RATE = Pattern.compile("records sent, ([\\d.]+) records/sec");

    private final String bootstrap;
    private final Path logDir;

    KafkaPerfTools(String bootstrap, Path logDir) {
        this.bootstrap = bootstrap;
        this.logDir = logDir;
    }

    /**
     * Records/s producing {@code count} records taken from the payload file (one record per line) with the services'
     * producer settings: acks=all, idempotence, lz4.
     */
    double produce(String topic, Path payloads, int count) {
        String output = run("producer-" + topic, List.of("org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", String.valueOf(count), "--payload-file", payloads.toString(),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all",
                "enable.idempotence=true", "compression.type=lz4", "linger.ms=5", "max.request.size=12582912"));
        Matcher m = PRODUCER_RATE.matcher(output);
        double rate = -1;
        while (m.find()) {
            rate = Double.parseDouble(m.group(1));
        }
        if (rate < 0) {
            throw new IllegalStateException("no rate in the producer perf tool's output:\n" + output);
        }
        return rate;
    }

    /** Records/s consuming {@code count} records of the topic from its start (fetch rate, without the group join). */
    double consume(String topic, int count) {
        String output = run("consumer-" + topic, List.of("org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server", bootstrap, "--topic", topic, "--messages", String.valueOf(count),
                "--group", "bench-perf-" + UUID.randomUUID(), "--timeout", "60000"));
        List<String> lines = output.lines().filter(l -> l.contains(",")).toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<String> header = List.of(lines.get(i).split(",\\s*"));
            int column = header.indexOf("fetch.nMsg.sec");
            if (column >= 0) {
                return Double.parseDouble(lines.get(i + 1).split(",\\s*")[column].trim());
            }
        }
        throw new IllegalStateException("no rate in the consumer perf tool's output:\n" + output);
    }

    private String run(String name, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the producer tool holds every payload in memory: 100,000 events are ~300 MB of text
                "-Xmx3g", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        Path log = logDir.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            String output = Files.readString(log);
            if (exit != 0) {
                throw new IllegalStateException(name + " exited with " + exit + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
