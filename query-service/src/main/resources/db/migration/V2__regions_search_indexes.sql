-- Trigram indexes make substring search (ILIKE '%集体经济%') on Chinese text use an index: with a UTF-8 ctype
-- every CJK character is a word character for pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The administrative tree as far as the stored events name it: each indicator's region and its ancestors
-- (ancestor codes are prefixes of the child's code: province 2 digits, prefecture 4, county 6, township 9,
-- village 12; foreign countries have ISO codes and no parent).
CREATE TABLE region (
    code        VARCHAR(20) PRIMARY KEY,
    name        TEXT        NOT NULL,
    level       VARCHAR(20),
    parent_code VARCHAR(20),
    full_name   TEXT        NOT NULL
);
CREATE INDEX region_parent_idx ON region (parent_code, code);
CREATE INDEX region_name_idx ON region (name);

-- The date a fact refers to, for time series: the start of the last unit of its period (2021 → 2021-01-01,
-- 2023-Q1/Q3 → 2023-07-01), or the post's publication date when the text gives no period; the precision says
-- which buckets it can be placed in (a year-only fact belongs to no month).
ALTER TABLE indicator ADD COLUMN ref_date DATE, ADD COLUMN ref_precision VARCHAR(10);
UPDATE indicator SET ref_date = make_date(year, 1, 1), ref_precision = 'YEAR' WHERE year IS NOT NULL;
UPDATE indicator i SET ref_date = CAST(p.published_at AS DATE), ref_precision = 'DAY'
  FROM post p WHERE p.id = i.post_id AND i.period IS NULL AND p.published_at IS NOT NULL;

CREATE INDEX indicator_metric_trgm_idx ON indicator USING gin (metric gin_trgm_ops);
CREATE INDEX indicator_sentence_trgm_idx ON indicator USING gin (sentence gin_trgm_ops);
-- region subtree (+ year range), the analyst's main question; replaces the plain region-code prefix index of V1
DROP INDEX indicator_region_code_idx;
CREATE INDEX indicator_region_year_idx ON indicator (region_code text_pattern_ops, year);
CREATE INDEX indicator_metric_idx ON indicator (metric);
CREATE INDEX indicator_ref_date_idx ON indicator (ref_date);
CREATE INDEX post_categories_idx ON post USING gin (categories);
