package dev.zhibiao.query.service;

import java.util.Comparator;

/** Orders extractor versions like "1.2.10" numerically, segment by segment ("1.10" is newer than "1.9"). */
final class ExtractorVersions {
    static final Comparator<String> ORDER = ExtractorVersions::compare;

    private ExtractorVersions() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
