package dev.zhibiao.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's application.properties says about its port, health endpoints and Kafka topics. */
final class ServiceConfiguration {
    /** ${ENV:default}: the value a service uses when the deployment does not set the variable. */
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}");

    private final String service;
    private final Properties properties = new Properties();

    ServiceConfiguration(String service) {
        this.service = service;
        try (Reader reader = Files.newBufferedReader(
                Repository.root().resolve(service).resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration of " + service, e);
        }
    }

    String service() {
        return service;
    }

    int httpPort() {
        return Integer.parseInt(resolved("quarkus.http.port"));
    }

    /** Where Quarkus serves /health: /q unless the non-application root path is moved. */
    String healthPath(String check) {
        return nonApplicationRoot() + "/health/" + check;
    }

    /** Where Micrometer's Prometheus registry serves the metrics. */
    String metricsPath() {
        return nonApplicationRoot() + "/metrics";
    }

    private String nonApplicationRoot() {
        return "/" + properties.getProperty("quarkus.http.non-application-root-path", "q").replaceAll("^/|/$", "");
    }

    /** Every topic the service reads or writes, dead-letter topics included. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".dead-letter-queue.topic"))) {
                topics.add(properties.getProperty(key));
            }
        }
        return topics;
    }

    /** The topic of the service's only incoming channel. */
    String incomingTopic() {
        return incoming("topic");
    }

    /** The consumer group of the service's only incoming channel. */
    String consumerGroup() {
        return incoming("group.id");
    }

    private String incoming(String attribute) {
        Set<String> values = new TreeSet<>();
        Pattern key = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\." + Pattern.quote(attribute));
        for (String name : properties.stringPropertyNames()) {
            if (key.matcher(name).matches()) {
                values.add(properties.getProperty(name));
            }
        }
        if (values.size() != 1) {
            throw new AssertionError(service + " has " + values.size() + " incoming " + attribute + " values: " + values);
        }
        return values.iterator().next();
    }

    private String resolved(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError(service + " does not set " + key);
        }
        Matcher defaulted = DEFAULTED.matcher(value);
        return defaulted.matches() ? defaulted.group(1) : value;
    }
}
