package dev.zhibiao.ingest.source;

import dev.zhibiao.ingest.config.SourcesConfig;
import dev.zhibiao.ingest.source.state.StateDirectory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The sources and their state. Configured sources come from {@code zhibiao.ingest.sources.*}; sources added
 * over REST are kept in the state directory ({@code sources/ID.json}); every source's state is kept in
 * {@code state/ID.json}, written after each change.
 */
@ApplicationScoped
public class SourceRegistry {
    static final String DEFINITIONS = "sources";
    static final String STATES = "state";

    private final StateDirectory store;
    private final Map<String, SourceDefinition> definitions = new TreeMap<>();
    private final Map<String, SourceState> states = new TreeMap<>();

    public SourceRegistry(SourcesConfig config, StateDirectory store) {
        this.store = store;
        config.sources().forEach((id, s) -> {
            SourceDefinition source = new SourceDefinition(id, s.type(), s.location(), s.interval().orElse(null),
                    s.categories().orElse(List.of()), false);
            try {
                SourceValidation.check(source);
            } catch (InvalidSourceException e) {
                throw new IllegalStateException("configuration zhibiao.ingest.sources." + id + ": " + e.getMessage(), e);
            }
            definitions.put(id, source);
        });
        // a configured source wins over a REST-added one of the same id
        store.readAll(DEFINITIONS, SourceDefinition.class).forEach(d -> definitions.putIfAbsent(d.id(), d));
    }

    public synchronized List<SourceDefinition> all() {
        return List.copyOf(definitions.values());
    }

    public synchronized Optional<SourceDefinition> find(String id) {
        return Optional.ofNullable(definitions.get(id));
    }

    /** @throws InvalidSourceException or {@link SourceConflictException} */
    public synchronized SourceDefinition add(SourceDefinition source) {
        SourceValidation.check(source);
        if (definitions.containsKey(source.id())) {
            throw new SourceConflictException("a source with id " + source.id() + " exists; remove it first or "
                    + "choose another id");
        }
        store.write(DEFINITIONS, source.id(), source);
        store.delete(STATES, source.id());
        states.remove(source.id());
        definitions.put(source.id(), source);
        return source;
    }

    /** @throws SourceConflictException for a configured source */
    public synchronized void remove(String id) {
        SourceDefinition source = definitions.get(id);
        if (source != null && !source.managed()) {
            throw new SourceConflictException("source " + id + " is defined in configuration (zhibiao.ingest.sources."
                    + id + "); remove it there, or pause it");
        }
        definitions.remove(id);
        states.remove(id);
        store.delete(DEFINITIONS, id);
        store.delete(STATES, id);
    }

    public synchronized SourceState state(String id) {
        return states.computeIfAbsent(id, key -> store.read(STATES, key, SourceState.class).orElse(SourceState.NEW));
    }

    /** Applies {@code change} to the state of a source that still exists, and saves it; null for a removed one. */
    public synchronized SourceState update(String id, UnaryOperator<SourceState> change) {
        if (!definitions.containsKey(id)) {
            return null;
        }
        SourceState next = change.apply(state(id));
        states.put(id, next);
        store.write(STATES, id, next);
        return next;
    }
}
