#!/usr/bin/env bash
# The figures at scale: fills a throwaway desk (its own folder and ports, the EAR last built) with N
# generated tickets over two years (bench/DeskGenerator.java: 40 teams on three tiers, 500 agents, a
# quarter of the tickets escalated, with approvals, ratings, clocks, articles and audit chains that
# verify), then times through HTTP what a director (the whole desk) and a manager (five teams) wait
# for: the dashboard over 30 and 365 days, a drill-down's first page and the finder's search; then the
# finder's CSV and XLSX downloads of a narrow search and of every ticket, with the server's heap meanwhile.
# Prints figures; asserts nothing. Not part of the tests.
#
#   bench/metrics-benchmark.sh [tickets] [h2|postgres]      (defaults: 100000, h2)
#   TIMES=20: how often each page is timed (the year's dashboard a quarter as often)
#   EXPORTS="narrow every": which downloads are timed (every: every ticket, ten minutes and more at a
#   million; none: no download)
#
# postgres: a fresh database escalation_desk_bench on the PostgreSQL at 127.0.0.1:5432 (user
# postgres, trust authentication), made anew with psql.
set -euo pipefail
TICKETS=${1:-100000}
DATABASE=${2:-h2}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ESCALATION_DESK_HOME=${BENCH_HOME:-$ROOT/bench/target/metrics-server}
export ESCALATION_DESK_PORTBASE=${BENCH_PORTBASE:-26000}
# given when the server is first made: a desk of a million tickets wants more than Payara's 512 MB
export ESCALATION_DESK_JVM_OPTIONS=${ESCALATION_DESK_JVM_OPTIONS:--Xmx2g}
URL="http://localhost:$((ESCALATION_DESK_PORTBASE + 80))/escalation-desk"
DOMAIN="$ESCALATION_DESK_HOME/payara6/glassfish/domains/escalation-desk"
CLASSES="$ROOT/escalation-domain/target/classes"
PERSISTENCE_API=$(find "$HOME/.m2/repository/jakarta/persistence" -name 'jakarta.persistence-api-*.jar' 2>/dev/null | sort | tail -1)

if [ "$DATABASE" = postgres ]; then
  export ESCALATION_DESK_POSTGRES_DB=escalation_desk_bench
  psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q -d postgres \
    -c "DROP DATABASE IF EXISTS $ESCALATION_DESK_POSTGRES_DB" -c "CREATE DATABASE $ESCALATION_DESK_POSTGRES_DB" >/dev/null 2>&1
else
  rm -rf "$DOMAIN/lib/databases" "$DOMAIN/lib/ticket-index"
fi

echo "A fresh desk on $DATABASE: its schema, and the demo (its people, customers, 48 articles and 300 tickets)"
"$ROOT/run" start "${BENCH_BUILD:---no-build}" >/dev/null
trap '"$ROOT/run" stop >/dev/null' EXIT
"$ROOT/run" stop >/dev/null
rm -rf "$DOMAIN/lib/ticket-index"
if [ "$DATABASE" = postgres ]; then
  JDBC="jdbc:postgresql://127.0.0.1:5432/$ESCALATION_DESK_POSTGRES_DB?user=postgres&reWriteBatchedInserts=true"
  DRIVER=$(ls "$DOMAIN"/lib/postgresql-*.jar | head -1)
else
  JDBC="jdbc:h2:$DOMAIN/lib/databases/embedded_default;CACHE_SIZE=262144"
  DRIVER="$ESCALATION_DESK_HOME/payara6/h2db/bin/h2.jar"
fi

echo "Generating $TICKETS tickets over two years, with the server stopped..."
java -Xmx2g -cp "$CLASSES:$DRIVER${PERSISTENCE_API:+:$PERSISTENCE_API}" "$ROOT/bench/DeskGenerator.java" "$JDBC" "$TICKETS" 2>&1 \
  | grep --line-buffered -v -e '^warning: unknown enum constant' -e '^  reason: class file for jakarta.persistence' -e '^[0-9] warnings$'

echo "Starting the desk on them"
LOGLINES=$(cat "$DOMAIN/logs/server.log" 2>/dev/null | wc -l)
start=$(date +%s)
"$ROOT/run" start --no-build >/dev/null
echo "  started in $(( $(date +%s) - start )) s; the finder builds its index from the database in the background"
# the generator's facts are all pending: the dashboard reads their daily rollups, rolled up in the background
start=$(date +%s)
caught() { tail -n +$((LOGLINES + 1)) "$DOMAIN/logs/server.log" 2>/dev/null | grep -o 'caught up: [0-9]* facts rolled up in [0-9]* ms' | tail -1; }
until [ -n "$(caught)" ] || [ $(( $(date +%s) - start )) -gt 3600 ]; do sleep 2; done
echo "  the daily rollups had caught up $(( $(date +%s) - start )) s later ($(caught))"
echo "Timed through HTTP, one request at a time ($(nproc) cores, client and server on this machine):"
# the first search waits for the finder's index: its time is the index's build
start=$(date +%s%N)
java "$ROOT/bench/DeskLoad.java" metrics "$URL" director1 1 >/dev/null
echo "  the finder's index was ready $(( ($(date +%s%N) - start) / 1000000000 )) s after the start"
java "$ROOT/bench/DeskLoad.java" metrics "$URL" director1 "${TIMES:-20}"
java "$ROOT/bench/DeskLoad.java" metrics "$URL" manager1 "${TIMES:-20}"
# Exports stream: the server reads the hits a page at a time and writes each row as it goes, so its
# heap must not grow with the rows. jstat samples it every 250 ms while each download runs.
queries=()
for export in ${EXPORTS:-narrow every}; do
  case $export in
    narrow) queries+=("q=&priority=URGENT") ;;
    every) queries+=("q=") ;;
    none) ;;
    *) echo "EXPORTS takes narrow, every or none, not $export" >&2; exit 2 ;;
  esac
done
if [ ${#queries[@]} -gt 0 ]; then
  echo "Exports of the finder's hits as director1 (${EXPORTS:-narrow every}), the server's heap sampled meanwhile:"
fi
PID=$(cat "$DOMAIN/config/pid")
for query in "${queries[@]}"; do
  for format in csv xlsx; do
    jstat -gc "$PID" 250 > "$ESCALATION_DESK_HOME/jstat.txt" &
    sampler=$!
    java "$ROOT/bench/DeskLoad.java" export "$URL" director1 "$query" "$format"
    kill "$sampler"
    wait "$sampler" 2>/dev/null || true
    awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; old = $8 / 1024; if (!seen) { first = old; seen = 1 }
           if (used > u) u = used; if (old > o) o = old }
         END { printf "    server heap meanwhile: at most %.0f MB in use; old generation %.0f MB at the start, at most %.0f MB\n", u, first, o }' \
      "$ESCALATION_DESK_HOME/jstat.txt"
  done
done
