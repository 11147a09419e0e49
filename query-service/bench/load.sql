-- Loads :target indicators into a migrated query-service database by replicating the corpus's extracted
-- indicators (zhibiao extract output, one JSON line per post, on standard input) over the corpus's places and the years
-- 2015–2024: copy k of a fact gets year 2015 + k % 10 (its period keeps its month/quarter part) and the place
-- k steps further in the list of all places the corpus names. Every copy of a post is a post of its own.
\set ON_ERROR_STOP on
\timing on
SET maintenance_work_mem = '512MB';
CREATE TEMP TABLE raw (doc jsonb);
-- one JSON document per line: CSV mode with quote and delimiter bytes that JSON text never contains
\copy raw FROM pstdin WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')

CREATE TEMP TABLE fact AS
SELECT row_number() OVER (ORDER BY d.doc->>'postId', d.doc->>'source', e.ord) AS n, d.doc->>'postId' AS post_id,
       -- a post stored under two file names shares one id: number its facts across both
       CAST(row_number() OVER (PARTITION BY d.doc->>'postId' ORDER BY d.doc->>'source', e.ord) - 1 AS int) AS ordinal, e.i
FROM raw d, jsonb_array_elements(d.doc->'indicators') WITH ORDINALITY AS e(i, ord);

CREATE TEMP TABLE place AS
SELECT CAST(row_number() OVER (ORDER BY code) - 1 AS int) AS n, code, r
FROM (SELECT DISTINCT ON (i->'region'->>'code') i->'region'->>'code' AS code, i->'region' AS r
      FROM fact WHERE i->'region'->>'code' IS NOT NULL ORDER BY i->'region'->>'code') s;

SELECT count(*) AS facts FROM fact \gset
SELECT count(*) AS places FROM place \gset
SELECT CAST(ceil(:target / CAST(:facts AS numeric)) AS int) AS copies \gset
\echo corpus: :facts facts, :places places; :copies copies of each

-- building the secondary indexes once after the load is much faster than maintaining them row by row (trigram
-- GIN indexes above all): keep their definitions, drop them, recreate them below
CREATE TEMP TABLE saved_index AS
SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = 'public' AND i.tablename = 'indicator'
  AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = CAST('indicator' AS regclass));
SELECT format('DROP INDEX %I', indexname) FROM saved_index \gexec

INSERT INTO post (id, source, title, published_at, categories, tags, text, event_id, extractor_version,
                  extracted_at, stored_at)
SELECT p.post_id || '~' || k, 'bench', p.post_id, make_timestamptz(2015 + k % 10, 6, 30, 12, 0, 0, 'Asia/Shanghai'),
       '{bench}', '{}', '', 'bench-' || k, 'bench', now(), now()
FROM (SELECT DISTINCT post_id FROM fact) p, generate_series(0, :copies - 1) k;

INSERT INTO indicator (post_id, ordinal, value, max_value, unit, qualifier, text, metric, region_code, region_name,
                       region_level, region_path, period, year, sentence, start_offset, end_offset, change, basis,
                       ref_date, ref_precision)
SELECT f.post_id || '~' || k, f.ordinal, CAST(f.i->>'value' AS numeric), CAST(f.i->>'max' AS numeric),
       coalesce(f.i->>'unit', ''), coalesce(f.i->>'qualifier', 'EXACT'), f.i->>'text', coalesce(f.i->>'metric', ''),
       pl.code, pl.r->>'name', pl.r->>'level',
       (SELECT string_agg(x, ' > ') FROM jsonb_array_elements_text(pl.r->'path') x),
       y || coalesce(substr(f.i->>'period', 5), ''), y, coalesce(f.i->>'sentence', ''),
       CAST(f.i->>'start' AS int), CAST(f.i->>'end' AS int), f.i->>'change', f.i->>'basis',
       CASE WHEN f.i->>'period' ~ '^\d{4}-\d{2}' THEN make_date(y, CAST(substr(f.i->>'period', 6, 2) AS int), 1)
            ELSE make_date(y, 1, 1) END,
       CASE WHEN f.i->>'period' ~ '^\d{4}-\d{2}' THEN 'MONTH' ELSE 'YEAR' END
FROM fact f
CROSS JOIN generate_series(0, :copies - 1) k
CROSS JOIN LATERAL (SELECT 2015 + k % 10 AS y) years
JOIN place pl ON pl.n = (f.n + k) % :places
WHERE CAST(k AS bigint) * :facts + f.n <= :target;

SELECT indexdef FROM saved_index \gexec
VACUUM ANALYZE post;
VACUUM ANALYZE indicator;
SELECT count(*) AS indicators, count(DISTINCT region_code) AS places, pg_size_pretty(pg_total_relation_size('indicator')) AS size
FROM indicator;
