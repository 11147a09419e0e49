package dev.zhibiao.engine.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the {@code china-division} CSVs ({@code zhibiao/divisions/*.csv}, unpacked by the engine build) into a
 * {@link DivisionTable}. Every file has the code first, the quoted name second and the parent's code third.
 */
final class DivisionCsv {
    static final String RESOURCE_DIR = "zhibiao/divisions/";
    private static final String[] FILES = {"provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv"};
    private static final int VILLAGE = 4;
    /**
     * The province-level regions china-division lists apart, by name only (HK-MO-TW.json), with their codes in the
     * national table GB/T 2260; their parts have no national code, so only the regions themselves are places here.
     */
    private static final SortedMap<Long, String> UNCODED_PROVINCES =
        new TreeMap<>(Map.of(71L, "台湾省", 81L, "香港特别行政区", 82L, "澳门特别行政区"));

    private DivisionCsv() {
    }

    static DivisionTable loadFromClasspath() {
        DivisionTableBuilder builder = new DivisionTableBuilder();
        ClassLoader loader = DivisionCsv.class.getClassLoader();
        for (int level = 0; level < FILES.length; level++) {
            String resource = RESOURCE_DIR + FILES[level];
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("division table resource missing: " + resource
                        + " (the engine build unpacks the china-division package there)");
                }
                builder.beginLevel(level);
                readLevel(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), level, builder);
                if (level == 0) {
                    UNCODED_PROVINCES.forEach((code, name) -> builder.add(code, name, -1, false));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + resource, e);
            }
        }
        return new DivisionTable(builder);
    }

    private static void readLevel(BufferedReader reader, int level, DivisionTableBuilder builder) throws IOException {
        reader.readLine(); // header
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty()) {
                continue;
            }
            int codeEnd = line.indexOf(',');
            int nameStart = codeEnd + 1;
            int nameEnd;
            int afterName;
            if (line.charAt(nameStart) == '"') {
                nameStart++;
                nameEnd = line.indexOf('"', nameStart);
                afterName = nameEnd + 1;
            } else {
                nameEnd = line.indexOf(',', nameStart);
                afterName = nameEnd;
            }
            long code = Long.parseLong(line, 0, codeEnd, 10);
            String name = line.substring(nameStart, nameEnd);
            long parentCode = -1;
            if (level > 0) {
                int parentStart = afterName + 1;
                int parentEnd = line.indexOf(',', parentStart);
                parentCode = Long.parseLong(line, parentStart, parentEnd < 0 ? line.length() : parentEnd, 10);
            }
            if (level == VILLAGE) {
                name = VillageNames.normalize(name);
            }
            builder.add(code, name, parentCode, isPlaceholder(level, name));
        }
    }

    /**
     * Rows that name no place text can write: prefecture rows that only group counties (市辖区 and 县 of the
     * municipalities, 省直辖县级行政区划), and villages named by the word for a kind of village ({@link
     * VillageNames#namesKindOnly}), which would take every 行政村 a text counts.
     */
    private static boolean isPlaceholder(int level, String name) {
        return level == 1 && (name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划"))
            || level == VILLAGE && VillageNames.namesKindOnly(name);
    }
}
