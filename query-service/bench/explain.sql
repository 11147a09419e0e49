-- The statements query-service sends for the benchmark requests (IndicatorSearch, IndicatorConditions), prepared
-- with bound parameters as the JDBC driver does, executed with the benchmark's values.
\pset pager off
-- a metric term of one or two characters within a division-level subtree: the metric-grams index of V4; a first
-- page (no cursor) with its total, counted from the same matches
PREPARE page_with_total(text, text, text, int, int, int, bigint) AS
  WITH matches AS MATERIALIZED (SELECT i.* FROM indicator i
    WHERE i.metric LIKE $1 AND metric_grams(i.metric) @> ARRAY[lower($2)]
      AND region_prefixes(i.region_code) && ARRAY[$3] AND i.year >= $4 AND i.year <= $5)
  SELECT i.*, (SELECT count(*) FROM matches) AS total FROM matches i
  ORDER BY i.post_id ASC, i.ordinal ASC, i.id ASC LIMIT $6 OFFSET $7;
-- what the service sent before V4 (and still sends for terms of three characters or more)
PREPARE page_of_50_like(text, text, int, int, int, bigint) AS
  WITH matches AS MATERIALIZED (SELECT i.* FROM indicator i
    WHERE i.metric LIKE $1 AND (i.region_code LIKE $2) AND i.year >= $3 AND i.year <= $4)
  SELECT i.* FROM matches i ORDER BY i.post_id ASC, i.ordinal ASC, i.id ASC LIMIT $5 OFFSET $6;
PREPARE total_like(text, text, int, int) AS
  SELECT count(*) FROM indicator i
  WHERE i.metric LIKE $1 AND (i.region_code LIKE $2) AND i.year >= $3 AND i.year <= $4;

\echo '=== 通化市 (2205) subtree, metric 收入 (2 characters: metric-grams index), 2018-2022: page of 50 with total'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page_with_total('%收入%', '收入', '2205', 2018, 2022, 51, 0);
\echo '=== the same as before V4 (region LIKE, no grams): page of 50'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page_of_50_like('%收入%', '2205%', 2018, 2022, 51, 0);
\echo '=== the same as before V4: total count'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE total_like('%收入%', '2205%', 2018, 2022);
\echo '=== 吉林省 (22) subtree, metric 投资, 2020-2024: page of 50 with total'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page_with_total('%投资%', '投资', '22', 2020, 2024, 51, 0);
\echo '=== 广东省 (44) subtree, metric 人口, 2019-2023: page of 50 with total'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page_with_total('%人口%', '人口', '44', 2019, 2023, 51, 0);
\echo '=== 通化市 subtree, metric 集体经济 (4 characters: trigram index), 2015-2024: page of 50'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page_of_50_like('%集体经济%', '2205%', 2015, 2024, 51, 0);
\echo '=== metric 集体经济 alone, whole country: total count (trigram index)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM indicator i WHERE i.metric LIKE '%集体经济%';
\echo '=== next page by cursor (keyset) after the first 50 of the 吉林省 query'
EXPLAIN (ANALYZE, BUFFERS)
  WITH matches AS MATERIALIZED (SELECT i.* FROM indicator i
    WHERE i.metric LIKE '%投资%' AND metric_grams(i.metric) @> ARRAY[lower('投资')]
      AND region_prefixes(i.region_code) && ARRAY['22'] AND i.year >= 2020 AND i.year <= 2024
      AND (i.post_id, i.ordinal, i.id) > ('2022', 0, 0))
  SELECT i.* FROM matches i ORDER BY i.post_id ASC, i.ordinal ASC, i.id ASC LIMIT 51;
\echo '=== series: 吉林省 subtree, metric 投资, per year'
EXPLAIN (ANALYZE, BUFFERS)
  SELECT i.unit, CAST(NULL AS text), CAST(NULL AS text), to_char(i.ref_date, 'YYYY') AS period, sum(i.value), count(*),
         min(i.value), max(i.value), (array_agg(i.value ORDER BY i.ref_date DESC, i.id DESC))[1]
  FROM indicator i WHERE i.metric LIKE '%投资%' AND metric_grams(i.metric) @> ARRAY[lower('投资')]
    AND region_prefixes(i.region_code) && ARRAY['22']
    AND i.ref_precision IN ('YEAR', 'HALF', 'QUARTER', 'MONTH', 'DAY')
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 4;
\echo '=== region tree: counts of the places under 吉林省'
EXPLAIN (ANALYZE, BUFFERS)
  SELECT left(i.region_code, 4), count(*) FROM indicator i
  WHERE i.region_code LIKE '22%' AND length(i.region_code) >= 4 GROUP BY 1;
