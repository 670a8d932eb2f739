#!/usr/bin/env bash
# An integration's day through the API on a throwaway desk (its own folder and ports, the EAR last
# built, demo data only): tickets filed, each changed once (If-Match), escalated and accepted, 500
# calls a phase at 1 and then 8 clients, after a warm-up that lasts until the server's JIT compiler has
# settled (rounds of 1,000 calls a phase until the server's CPU a call stops falling; a few minutes),
# and then the four phases once more with the calls offered at the goal's 300 a second by 8 clients.
# Prints throughput, p50/p99 and the CPU a call (server, PostgreSQL, load driver) per phase and counts every wrong answer (the
# exit status is non-zero if there was one). Not part of the tests.
#
#   bench/api-benchmark.sh [h2|postgres] [calls a phase]      (defaults: h2, 500)
#
# postgres: a fresh database escalation_desk_api_bench on the PostgreSQL at 127.0.0.1:5432 (user
# postgres, trust authentication), made anew with psql.
set -euo pipefail
DATABASE=${1:-h2}
OPS=${2:-500}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ESCALATION_DESK_HOME=${BENCH_HOME:-$ROOT/bench/target/api-server}
export ESCALATION_DESK_PORTBASE=${BENCH_PORTBASE:-28000}
URL="http://localhost:$((ESCALATION_DESK_PORTBASE + 80))/escalation-desk"
DOMAIN="$ESCALATION_DESK_HOME/payara6/glassfish/domains/escalation-desk"

if [ "$DATABASE" = postgres ]; then
  export ESCALATION_DESK_POSTGRES_DB=escalation_desk_api_bench
  psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q -d postgres \
    -c "DROP DATABASE IF EXISTS $ESCALATION_DESK_POSTGRES_DB" -c "CREATE DATABASE $ESCALATION_DESK_POSTGRES_DB" >/dev/null 2>&1
else
  rm -rf "$DOMAIN/lib/databases"
fi
rm -rf "$DOMAIN/lib/ticket-index"

echo "A fresh desk on $DATABASE with the demo data, at $URL"
"$ROOT/run" start "${BENCH_BUILD:---no-build}" >/dev/null
trap '"$ROOT/run" stop >/dev/null' EXIT
# the CPU a call of the server, PostgreSQL and the load driver is printed beside each phase (read from /proc)
if [ "$DATABASE" = postgres ]; then export BENCH_DATABASE_PROCESS=postgres; fi
BENCH_SERVER_PID=$(cat "$DOMAIN/config/pid" 2>/dev/null || true) java "$ROOT/bench/DeskLoad.java" api "$URL" "$OPS"
