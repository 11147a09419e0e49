#!/usr/bin/env bash
# Benchmark of GET /api/indicators on 1,000,000 indicators (docs/benchmarks-query.md reports the figures).
#   query-service/bench/run.sh            load a fresh database, then measure
#   BENCH_SKIP_LOAD=1 query-service/bench/run.sh    measure again on the loaded database
# Needs: Java 17, psql and a PostgreSQL on 127.0.0.1:5432 with trust auth for postgres (PGHOST/PGPORT/PGUSER
# override), wrk (apt-get install -y wrk). Builds the CLI and query-service when missing. Loopback traffic only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH="$ROOT/query-service/bench"
OUT=${BENCH_OUT:-$ROOT/query-service/target/bench}
DB=${BENCH_DB:-zhibiao_bench}
PORT=${BENCH_PORT:-18080}
INDICATORS=${BENCH_INDICATORS:-1000000}
RATE=${BENCH_RATE:-200}
# the target rate, then lower ones to find what this machine sustains
RATES=${BENCH_RATES:-"$RATE 50 20"}
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
log() { echo "==> $*" >&2; }

SERVICE_PID=
start_service() {
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER="$PGUSER" QUERY_PORT=$PORT \
    java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dmp.messaging.incoming.indicators-in.enabled=false \
    -jar "$ROOT/query-service/target/quarkus-app/quarkus-run.jar" > "$OUT/service-$1.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$OUT/service-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "query-service did not become ready (log: $OUT/service-$1.log)" >&2; exit 1
}
stop_service() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=
}
trap stop_service EXIT

if [ ! -f "$ROOT/cli/target/zhibiao-cli.jar" ] || [ ! -f "$ROOT/query-service/target/quarkus-app/quarkus-run.jar" ]; then
  log "building the CLI and query-service"
  "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -pl cli,query-service -am package -DskipTests
fi

if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
  if [ ! -s "$OUT/corpus.jsonl" ]; then
    log "extracting the corpus ($CORPUS)"
    java -Xmx1g -jar "$ROOT/cli/target/zhibiao-cli.jar" extract "$CORPUS" > "$OUT/corpus.jsonl" 2> "$OUT/extract.log" || true
  fi
  log "fresh database $DB, schema by query-service's Flyway migrations"
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  start_service migrate
  stop_service
  log "loading $INDICATORS indicators"
  psql -q -d "$DB" -v target="$INDICATORS" -f "$BENCH/load.sql" < "$OUT/corpus.jsonl" | tee "$OUT/load.log"
fi

log "starting query-service on $BASE (it fills the region table from the indicators on first start)"
start_service measure
sed "s|@BASE@|$BASE|" "$BENCH/urls.txt" > "$OUT/urls.txt"
sed "s|@BASE@|$BASE|; s|\$|\&count=false|" "$BENCH/urls.txt" > "$OUT/urls-nocount.txt"
for u in $(head -3 "$OUT/urls.txt"); do
  echo "$u -> $(curl -s "$u" | grep -o '"total":[0-9]*')" | tee -a "$OUT/matches.txt"
done

log "warm-up: 20 s of wrk"
URL_FILE="$OUT/urls.txt" wrk -t2 -c4 -d20s -s "$BENCH/rotate.lua" "$BASE" > /dev/null
# The first minute at the target rate after start-up is a transient of its own: the JIT compiler (C2) takes about
# 11 s of CPU in the first 30 s at this rate, on top of what the wrk warm-up made it compile, i.e. a third of the
# two cores, and requests queue behind it. Both 30 s halves are measured and reported apart from the steady state.
for part in first second; do
  log "$part $SECONDS_PER_RUN s at $RATE requests/s after start-up (start-up transient, reported apart)"
  java "$BENCH/ConstantRate.java" "$OUT/urls.txt" "$RATE" "$SECONDS_PER_RUN" | tee "$OUT/rate-$RATE-$part.txt" || true
done
# a rate the server cannot keep up with fails requests; the script still goes on to the next measurement
for rate in $RATES; do
  log "constant $rate requests/s for $SECONDS_PER_RUN s (with total count, the default)"
  java "$BENCH/ConstantRate.java" "$OUT/urls.txt" "$rate" "$SECONDS_PER_RUN" | tee "$OUT/rate-$rate-count.txt" || true
done
log "constant $RATE requests/s for $SECONDS_PER_RUN s (count=false)"
java "$BENCH/ConstantRate.java" "$OUT/urls-nocount.txt" "$RATE" "$SECONDS_PER_RUN" | tee "$OUT/rate-$RATE-nocount.txt" || true
for c in 4 16; do
  log "maximum throughput: wrk, 2 threads, $c connections, 30 s"
  URL_FILE="$OUT/urls.txt" wrk -t2 -c$c -d30s --latency -s "$BENCH/rotate.lua" "$BASE" | tee "$OUT/wrk-c$c.txt"
done
log "EXPLAIN ANALYZE of the main queries"
psql -d "$DB" -f "$BENCH/explain.sql" > "$OUT/explain.txt"
log "results in $OUT"
