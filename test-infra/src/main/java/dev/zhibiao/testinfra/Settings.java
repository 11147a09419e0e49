package dev.zhibiao.testinfra;

/** Reads a setting from a system property (kafka.bootstrap.servers style) or the environment (KAFKA_BOOTSTRAP_SERVERS). */
final class Settings {
    private Settings() {
    }

    static String get(String envName, String fallback) {
        String value = System.getProperty(envName.toLowerCase().replace('_', '.'));
        if (value == null || value.isBlank()) {
            value = System.getenv(envName);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
