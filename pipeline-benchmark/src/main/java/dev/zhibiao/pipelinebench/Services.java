package dev.zhibiao.pipelinebench;

import dev.zhibiao.testinfra.Ports;
import dev.zhibiao.testinfra.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The three packaged services as processes with the JVM options under test; remembers each one's peak memory. */
final class Services implements AutoCloseable {
    static final String INGEST = "ingest-service";
    static final String EXTRACT = "extract-service";
    static final String QUERY = "query-service";

    private final Path root;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final Path logs;
    private final Path profileDir;
    private final String token = "bench-" + UUID.randomUUID();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Long> peakRssMib = new LinkedHashMap<>();

    /** @param profileDir where each service writes a Java Flight Recorder profile; null for none */
    Services(Path root, Map<String, String> env, List<String> jvmOptions, Path logs, Path profileDir) {
        this.root = root;
        this.profileDir = profileDir;
        this.env = new HashMap<>(env);
        this.env.put("ZHIBIAO_AUTH_TOKENS", token);
        this.jvmOptions = jvmOptions;
        this.logs = logs;
    }

    String token() {
        return token;
    }

    /** Starts the service with extra environment (e.g. a fresh consumer group) and waits until it is ready. */
    void start(String module, Map<String, String> extraEnv) {
        Map<String, String> serviceEnv = new HashMap<>(env);
        serviceEnv.putAll(extraEnv);
        List<String> options = new ArrayList<>(jvmOptions);
        if (profileDir != null) {
            // one recording per service instance, written when it stops
            options.add("-XX:StartFlightRecording=settings=profile,filename="
                    + profileDir.resolve(module + "-" + System.currentTimeMillis() + ".jfr"));
        }
        running.put(module, ServiceProcess.start(root, module, Ports.free(), serviceEnv, logs, options));
    }

    String url(String module) {
        return running.get(module).baseUrl();
    }

    void stop(String module) {
        ServiceProcess service = running.remove(module);
        notePeak(module, service);
        service.close();
    }

    /** POSTs with the write token; fails unless the answer is 2xx. */
    void post(String module, String path) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(module) + path))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " -> " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Process id of each running service. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        running.forEach((module, service) -> pids.put(module, service.pid()));
        return pids;
    }

    /** Peak RSS (MiB) of each service over every instance that ran. */
    Map<String, Long> peakRssMib() {
        running.forEach(this::notePeak);
        return peakRssMib;
    }

    private void notePeak(String module, ServiceProcess service) {
        peakRssMib.merge(module, ProcessStats.peakRssMib(service.pid()), Math::max);
    }

    @Override
    public void close() {
        List.copyOf(running.keySet()).forEach(this::stop);
    }
}
