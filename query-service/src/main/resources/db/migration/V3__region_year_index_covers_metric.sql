-- Region subtree + year range + metric, the analyst's main question: with the metric in the index, counting the
-- matches is an index-only scan (no heap page read per candidate row).
DROP INDEX indicator_region_year_idx;
CREATE INDEX indicator_region_year_idx ON indicator (region_code text_pattern_ops, year) INCLUDE (metric);
