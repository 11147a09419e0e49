package dev.zhibiao.query.service;

import java.util.List;

/** A time-series bucket: how a fact's date is labelled, and which date precisions fit in it. */
public enum Bucket {
    YEAR("YYYY", List.of(FactDate.Precision.values())),
    QUARTER("YYYY-\"Q\"Q", List.of(FactDate.Precision.QUARTER, FactDate.Precision.MONTH, FactDate.Precision.DAY)),
    MONTH("YYYY-MM", List.of(FactDate.Precision.MONTH, FactDate.Precision.DAY));

    /** to_char pattern of the bucket label: 2021, 2021-Q3, 2021-07. */
    final String label;
    final List<FactDate.Precision> fits;

    Bucket(String label, List<FactDate.Precision> fits) {
        this.label = label;
        this.fits = fits;
    }
}
