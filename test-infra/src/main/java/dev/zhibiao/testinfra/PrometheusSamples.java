package dev.zhibiao.testinfra;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads samples out of Prometheus's text format, as a service's /q/metrics serves it. */
public final class PrometheusSamples {
    /** name, optional {labels} (quoted values may hold braces, e.g. uri="/api/posts/{id}"), value; an exemplar may follow */
    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][\\w:]*)(?:\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusSamples() {
    }

    /**
     * The sum of the samples named {@code name} whose labels include {@code labels} (name, value, name, value …);
     * 0 when there is none.
     */
    public static double value(String exposition, String name, String... labels) {
        return samples(exposition, name, labels).mapToDouble(Sample::value).sum();
    }

    /** True when at least one sample named {@code name} with {@code labels} is exposed. */
    public static boolean exposed(String exposition, String name, String... labels) {
        return samples(exposition, name, labels).findAny().isPresent();
    }

    private static Stream<Sample> samples(String exposition, String name, String[] labels) {
        return exposition.lines().filter(line -> line.startsWith(name)).map(PrometheusSamples::parse)
                .flatMap(Optional::stream).filter(s -> s.name().equals(name) && s.has(labels));
    }

    private static Optional<Sample> parse(String line) {
        Matcher m = SAMPLE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        Map<String, String> labels = new HashMap<>();
        if (m.group(2) != null) {
            Matcher label = LABEL.matcher(m.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return Optional.of(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
    }

    private record Sample(String name, Map<String, String> labels, double value) {
        boolean has(String[] wanted) {
            for (int i = 0; i + 1 < wanted.length; i += 2) {
                if (!wanted[i + 1].equals(labels.get(wanted[i]))) {
                    return false;
                }
            }
            return true;
        }
    }
}
