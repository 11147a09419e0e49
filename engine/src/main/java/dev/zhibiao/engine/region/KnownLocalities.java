package dev.zhibiao.engine.region;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The localities a post has named so far, by name: the same name written again (锦屏羽毛球产业园, then 羽毛球产业园),
 * or the end of a longer name of the same kind (港珠澳大桥口岸, then 大桥口岸), is the same place.
 */
final class KnownLocalities {
    private final Map<String, Region> byName = new HashMap<>();

    /** Whether a locality of this name is known. */
    boolean knows(String name) {
        return byName.containsKey(name);
    }

    /**
     * The locality named before by the candidate's full name, its own name, its proper name and kind without the words
     * between them when no place name comes before it (宁鑫生态有机牧场, then 宁鑫有机牧场), or a longer form of its own name.
     */
    Optional<Region> named(String name, String ownName, LocalityCandidate c) {
        return Optional.ofNullable(byName.get(name)).or(() -> Optional.ofNullable(byName.get(ownName)))
            .or(() -> properWithKind(c).filter(key -> c.anchor() == null).map(byName::get))
            .or(() -> bySuffix(ownName, c));
    }

    /** Remembers a locality by its full name, its own name and its proper name with its kind (宁鑫牧场 of 宁鑫生态有机牧场). */
    void add(String name, String ownName, LocalityCandidate c, Region locality) {
        byName.putIfAbsent(name, locality);
        byName.putIfAbsent(ownName, locality);
        properWithKind(c).ifPresent(key -> byName.putIfAbsent(key, locality));
    }

    /** The candidate's proper name with its kind, without the words between them (宁鑫牧场), when it is a name. */
    private static Optional<String> properWithKind(LocalityCandidate c) {
        return c.proper().length() >= ProperNames.MIN_NAME ? Optional.of(c.proper() + c.kind()) : Optional.empty();
    }

    /**
     * A site named before with a longer form of the same name (港珠澳大桥口岸, then 大桥口岸): the same place, where the
     * earlier name ends with the later and both keep two characters of their own before the kind.
     */
    private Optional<Region> bySuffix(String ownName, LocalityCandidate c) {
        if (c.anchor() != null) {
            return Optional.empty();
        }
        int minimum = c.kind().length() + ProperNames.MIN_NAME;
        if (ownName.length() < minimum) {
            return Optional.empty();
        }
        Region best = null;
        int bestLength = 0;
        for (Map.Entry<String, Region> e : byName.entrySet()) {
            String k = e.getKey();
            if (k.length() < minimum || k.equals(ownName) || !k.endsWith(c.kind())) {
                continue;
            }
            if (k.endsWith(ownName) && k.length() > bestLength) {
                best = e.getValue();
                bestLength = k.length();
            }
        }
        return Optional.ofNullable(best);
    }
}
