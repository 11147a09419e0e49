#!/usr/bin/env bash
# Write throughput of query-service against PostgreSQL's COPY of the same rows (docs/benchmarks-query.md,
# "Write throughput").
#   query-service/bench/write-throughput.sh
# 1. a Kafka broker of its own (test-infra's LocalStack, free ports) and a fresh database zhibiao_write_bench;
# 2. WriteLoad.java: BENCH_EVENTS indicator events from the corpus's posts (extracted by the engine, sent again under
#    distinct post ids) into zhibiao.indicators (3 partitions, created by LocalStack), before query-service starts;
# 3. rounds of two measurements back to back (each pair meets about the same load from other work on the machine):
#    a. query-service (a new consumer group each round) stores all events into the emptied tables: events/s and rows/s
#       from its first stored event to its last (its counter zhibiao.events.stored, polled every 0.2 s); then the
#       database must hold exactly those posts and indicators;
#    b. the same post and indicator rows (exported after round 1) are loaded with psql \copy into the emptied tables
#       (same indexes): PostgreSQL's own bulk rate;
#    the ratio of a to b is the figure of merit.
# Needs Java 17, psql and PostgreSQL on 127.0.0.1:5432 with trust auth (PGHOST/PGPORT/PGUSER override).
# Knobs: BENCH_EVENTS (30000), BENCH_ROUNDS (2), BENCH_PORT (18081), BENCH_CORPUS (../shared/corpus),
# BENCH_SERVICE_OPTS (extra JVM options of query-service, e.g. -Dmp.messaging.incoming.indicators-in.max.poll.records=100).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=${BENCH_OUT:-$ROOT/query-service/target/bench-write}
DB=${BENCH_DB:-zhibiao_write_bench}
EVENTS=${BENCH_EVENTS:-30000}
ROUNDS=${BENCH_ROUNDS:-2}
PORT=${BENCH_PORT:-18081}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpus}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BASE="http://127.0.0.1:$PORT"
POST_COLUMNS="id, source, title, published_at, categories, tags, text, event_id, extractor_version, extracted_at, stored_at"
INDICATOR_COLUMNS="post_id, ordinal, value, max_value, unit, qualifier, text, metric, region_code, region_name,
  region_level, region_path, period, year, sentence, start_offset, end_offset, change, basis, ref_date, ref_precision"
log() { echo "==> $*" >&2; }
now() { date +%s.%N; }
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }

rm -rf "$OUT" && mkdir -p "$OUT"
STACK_PID= SERVICE_PID=
cleanup() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null
  [ -n "$STACK_PID" ] && kill "$STACK_PID" 2>/dev/null && wait "$STACK_PID" 2>/dev/null
  true
}
trap cleanup EXIT

if [ ! -f "$ROOT/cli/target/zhibiao-cli.jar" ] || [ ! -f "$ROOT/test-infra/target/classpath.txt" ] \
   || [ ! -f "$ROOT/query-service/target/quarkus-app/quarkus-run.jar" ]; then
  log "building the CLI, test-infra and query-service"
  "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -pl cli,test-infra,query-service -am package -DskipTests
fi

log "Kafka broker (KRaft) on a free port"
KAFKA_PORT=$(free_port 19192)
CONTROLLER_PORT=$(free_port $((KAFKA_PORT + 1)))
ZHIBIAO_STATE_DIR="$OUT/stack" KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$CONTROLLER_PORT ZHIBIAO_KAFKA_ONLY=true \
  java -Xmx768m -cp "$(cat "$ROOT/test-infra/target/classpath.txt"):$(ls "$ROOT"/test-infra/target/zhibiao-test-infra-*.jar | head -1)" \
  dev.zhibiao.testinfra.LocalStack > "$OUT/stack.log" 2>&1 &
STACK_PID=$!
until grep -qs 'LOCALSTACK READY' "$OUT/stack.log"; do
  kill -0 "$STACK_PID" 2>/dev/null || { tail -30 "$OUT/stack.log" >&2; exit 1; }; sleep 0.2
done
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"

log "fresh database $DB"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

log "writing $EVENTS indicator events to zhibiao.indicators"
java -Xmx1g -cp "$ROOT/cli/target/zhibiao-cli.jar" "$ROOT/query-service/bench/WriteLoad.java" \
  "$CORPUS" "$BOOTSTRAP" zhibiao.indicators "$EVENTS" | tee "$OUT/load.txt"
INDICATORS=$(sed -n 's/^INDICATORS=//p' "$OUT/load.txt")

stored_events() { curl -s "$BASE/q/metrics" | awk '/^zhibiao_events_stored_total/ { s += $2 } END { printf "%d", s }'; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
empty_tables() { psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "TRUNCATE post, indicator, region" -c "CHECKPOINT"; }

# one round: query-service (a new consumer group) stores all events into the emptied tables; prints
# "seconds events-timed" from its first stored event to its last
measure_service() {
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER="$PGUSER" KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" QUERY_PORT=$PORT \
    java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dmp.messaging.incoming.indicators-in.group.id="write-bench-$1" \
    ${BENCH_SERVICE_OPTS:-} -jar "$ROOT/query-service/target/quarkus-app/quarkus-run.jar" > "$OUT/service-$1.log" 2>&1 &
  SERVICE_PID=$!
  local first_at= first_count=0 count=0 deadline=$(( $(date +%s) + 1800 ))
  while [ "$count" -lt "$EVENTS" ]; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$OUT/service-$1.log" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not all events stored in 30 minutes" >&2; exit 1; }
    count=$(stored_events 2>/dev/null || echo 0); count=${count:-0}
    if [ -z "$first_at" ] && [ "$count" -gt 0 ]; then first_at=$(now); first_count=$count; fi
    sleep 0.2
  done
  local last_at; last_at=$(now)
  curl -s "$BASE/q/metrics" | grep -E '^zhibiao_(db_write_seconds_(count|sum|max)|events_stored_total|dead_letters_total)' \
    > "$OUT/metrics-$1.txt"
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
  local posts rows
  read -r posts rows < <(psql -qtA -F' ' -d "$DB" -c "SELECT (SELECT count(*) FROM post), (SELECT count(*) FROM indicator)")
  [ "$posts" = "$EVENTS" ] && [ "$rows" = "$INDICATORS" ] \
    || { echo "the database holds $posts posts and $rows indicators, expected $EVENTS and $INDICATORS" >&2; exit 1; }
  echo "$(echo "$last_at - $first_at" | bc -l) $((EVENTS - first_count))"
}

# one round: psql \copy of the exported rows into the emptied tables; prints "post-seconds indicator-seconds"
measure_copy() {
  local t0 t1 t2
  t0=$(now)
  psql -q -d "$DB" -c "\\copy post ($POST_COLUMNS) FROM '$OUT/post.tsv'"
  t1=$(now)
  psql -q -d "$DB" -c "\\copy indicator ($(echo $INDICATOR_COLUMNS)) FROM '$OUT/indicator.tsv'"
  t2=$(now)
  echo "$(echo "$t1 - $t0" | bc -l) $(echo "$t2 - $t1" | bc -l)"
}

# rounds of (query-service, COPY) back to back, so that each pair meets about the same load from other work
: > "$OUT/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
  # round 1 finds the fresh database (query-service's Flyway migrations create the tables)
  [ "$round" = 1 ] || empty_tables
  log "round $round: query-service consumes the events (load average $(load_average))"
  measure_service "$round" > "$OUT/service-$round.txt"  # not in $( ): the cleanup trap must see SERVICE_PID
  SERVICE_LOAD=$(load_average)
  if [ "$round" = 1 ]; then
    psql -q -d "$DB" -c "\\copy (SELECT $POST_COLUMNS FROM post) TO '$OUT/post.tsv'" \
      -c "\\copy (SELECT $(echo $INDICATOR_COLUMNS) FROM indicator) TO '$OUT/indicator.tsv'"
  fi
  empty_tables
  log "round $round: COPY of the same rows (load average $(load_average))"
  COPY=$(measure_copy)
  echo "$(cat "$OUT/service-$round.txt") $COPY $SERVICE_LOAD $(load_average)" >> "$OUT/rounds.txt"
done

awk -v events="$EVENTS" -v rows="$INDICATORS" '
  {
    secs = $1; timed = $2; post = $3; ind = $4
    svcEvents = timed / secs; svcInd = rows * timed / events / secs; svcRows = svcEvents + svcInd
    copyRows = (events + rows) / (post + ind); copyInd = rows / ind
    ratio[NR] = svcRows / copyRows; sum += ratio[NR]
    printf "round %d: query-service %.0f events/s, %.0f indicator rows/s, %.0f rows/s (load average after %s %s %s)\n", NR, svcEvents, svcInd, svcRows, $5, $6, $7
    printf "         COPY %.0f rows/s (post %.2f s + indicator %.2f s; indicator table alone %.0f rows/s; load average after %s %s %s)\n", copyRows, post, ind, copyInd, $8, $9, $10
    printf "         query-service / COPY: %.0f%% of the rows/s, %.0f%% of the indicator rows/s\n", 100 * ratio[NR], 100 * svcInd / copyInd
  }
  END { printf "%d events (%d indicators): query-service reaches %.0f%% of COPY'"'"'s rows/s (mean of %d rounds)\n", events, rows, 100 * sum / NR, NR }
  ' "$OUT/rounds.txt" | tee "$OUT/summary.txt"
cat "$OUT"/metrics-*.txt
log "results in $OUT"
