-- Metric terms of one or two characters (收入, 投资, 增长: most of what analysts type) cannot use the trigram index
-- (pg_trgm needs three), so such a term was checked row by row over the whole region and year range: 57,145
-- candidates and ~90 ms for 通化市 2018–2022 on 1,000,000 indicators. This index holds each metric's characters and
-- character pairs together with its region's code prefixes: a short term within a region subtree is one lookup of
-- its few candidates (3,299 for that query, under 1 ms). IndicatorConditions writes the matching conditions;
-- docs/benchmarks-query.md has the measurements.

-- The lower-cased metric's characters and character pairs (a prefilter for LIKE and ILIKE alike). One expression
-- without a subquery, so that PostgreSQL inlines it: 5 µs a row where a generate_series version took 30 µs, on every
-- insert. Pairs at odd and at even positions together are all pairs; the leftover single characters and empty strings
-- are harmless extra keys. Only pairs containing U+0001, the split mark, are lost (no search term has one).
CREATE FUNCTION metric_grams(metric text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT string_to_array(lower(metric), NULL)
    || string_to_array(regexp_replace(lower(metric), '(..)', E'\\1\x01', 'g'), E'\x01')
    || string_to_array(regexp_replace(substr(lower(metric), 2), '(..)', E'\\1\x01', 'g'), E'\x01')
$$;

-- The code's prefixes at the lengths of the division levels (province 2, prefecture 4, county 6, township 9, village
-- 12, as in RegionLineage) and the code itself: for a P of one of those lengths, "region_prefixes(code) @> {P}" holds
-- exactly when "code LIKE 'P%'" does.
CREATE FUNCTION region_prefixes(code text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT ARRAY[left(code, 2), left(code, 4), left(code, 6), left(code, 9), left(code, 12), code]
$$;

CREATE INDEX indicator_metric_grams_region_idx ON indicator
    USING gin (metric_grams(metric), region_prefixes(region_code));
-- statistics of the new index expressions now, not at the next auto-analyze (which only row changes trigger): without
-- them the planner guesses the selectivity of a term and may prefer the region/year ranges
ANALYZE indicator;
