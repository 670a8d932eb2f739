#!/usr/bin/env bash
# Crash test: nothing the desk acknowledged is lost when its server is killed.
#
# Starts a throwaway Payara Server (its own folder and ports) on the EAR last built, lets six
# agents take tickets in through the real form, kills the server's JVM with kill -9 in the middle
# of it, starts it again, and checks that every ticket whose creation was acknowledged (the
# redirect to its page) is there, that no ticket is there without its audit trail or the other way
# round, and that every audit chain verifies. Prints the figures; exits 1 on any loss.
#
#   reliability/crash-test.sh [seconds of load before the kill] [h2|postgres]      (default 20, h2)
#
# The seconds count from the first acknowledged ticket: a cold server can take a while over its first
# sign-ins, and a kill before any acknowledgement would test nothing.
#
# postgres: the server's jdbc/__default points at a fresh database escalation_desk_crash on the
# PostgreSQL at 127.0.0.1:5432 (user postgres, trust authentication), made anew with psql.
#
# CRASH_EAR: the EAR to deploy (default: the one the build leaves in escalation-ear/target).
#
# CRASH_RUNNING=true: the server (CRASH_HOME, CRASH_PORTBASE) is up already on its database
# (CRASH_PG_DB, default escalation_desk_crash), as the two-servers test leaves its first one: it is
# neither made nor started here. CRASH_SURVIVOR: the address of a second server on the same database;
# after the kill it takes tickets in (they count as acknowledged too) instead of this one starting
# again: one server of two dies, nothing it acknowledged is lost, and the desk goes on.
#
# CRASH_H2_URL: another JDBC URL for the embedded H2 pool (e.g. without WRITE_DELAY=0, to see
# what H2's default write delay loses).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_BEFORE_KILL=${1:-20}
DATABASE=${2:-h2}
# each database its own server, ports and files, so that .ci/run can run both at once
export ESCALATION_DESK_HOME=${CRASH_HOME:-$ROOT/reliability/target/server-$DATABASE}
if [ "$DATABASE" = postgres ]; then default_portbase=25000; else default_portbase=29000; fi
export ESCALATION_DESK_PORTBASE=${CRASH_PORTBASE:-$default_portbase}
export ESCALATION_DESK_DEMO_PASSWORD_ITERATIONS=${ESCALATION_DESK_DEMO_PASSWORD_ITERATIONS:-1000}
# the agents take their own tickets in: the demo's people without its 300 tickets and weeks of history,
# which each fresh database would otherwise spend half a minute of CPU laying down
export ESCALATION_DESK_DEMO_HISTORY=${ESCALATION_DESK_DEMO_HISTORY:-false}
# as the build's test server: a run of a few minutes spends less of two cores on the JIT's top tier
export ESCALATION_DESK_JVM_OPTIONS=${ESCALATION_DESK_JVM_OPTIONS:--XX:TieredStopAtLevel=1}
EAR=${CRASH_EAR:-$ROOT/escalation-ear/target/escalation-desk.ear}
URL="http://localhost:$((ESCALATION_DESK_PORTBASE + 80))/escalation-desk"
DOMAIN="$ESCALATION_DESK_HOME/payara6/glassfish/domains/escalation-desk"
DB="$DOMAIN/lib/databases/embedded_default"
H2="$ESCALATION_DESK_HOME/payara6/h2db/bin/h2.jar"
WORK="$ROOT/reliability/target/crash-$DATABASE"
mkdir -p "$WORK"

PG_DB=${CRASH_PG_DB:-escalation_desk_crash}
RUNNING=${CRASH_RUNNING:-false}
SURVIVOR=${CRASH_SURVIVOR:-}
psql_() { psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -At "$@"; }

# The rows of a query, one a line, without headers.
sql() {
  if [ "$DATABASE" = postgres ]; then
    psql_ -d "$PG_DB" -c "$1"
  else
    java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:$DB;AUTO_SERVER=TRUE" -user "" -password "" -sql "$1" \
      | sed '1d; /^(.*row.*)$/d'
  fi
}

verify_audit() {
  if [ "$DATABASE" = postgres ]; then
    java -cp "$ROOT/escalation-domain/target/classes:$(ls "$DOMAIN"/lib/postgresql-*.jar | head -1)" \
      com.escalationdesk.audit.AuditVerifierCommand "jdbc:postgresql://127.0.0.1:5432/$PG_DB?user=postgres"
  else
    "$ROOT/run" verify-audit
  fi
}

if $RUNNING; then
  echo "The server on port $((ESCALATION_DESK_PORTBASE + 80)) is up with $DATABASE"
else
  echo "Starting a throwaway server on port $((ESCALATION_DESK_PORTBASE + 80)) with $DATABASE"
  rm -rf "$DOMAIN/lib/databases"
  # the copies of the old database's signed checkpoints go with it: verified against a fresh database,
  # they would read as a log whose entries were all removed
  rm -f "$ESCALATION_DESK_HOME/audit-signing/audit-checkpoints.jsonl"
  if [ "$DATABASE" = postgres ]; then
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
    export ESCALATION_DESK_POSTGRES_DB=$PG_DB
  fi
  "$ROOT/run" start --no-build --ear "$EAR" >/dev/null
  trap '"$ROOT/run" stop >/dev/null 2>&1 || true' EXIT
  if [ -n "${CRASH_H2_URL:-}" ]; then
    # the settings are applied now; swap the pool's URL with the server stopped, then start afresh
    "$ROOT/run" stop >/dev/null
    sed -i "s|<property name=\"URL\" value=\"jdbc:h2:[^\"]*embedded_default[^\"]*\"|<property name=\"URL\" value=\"$CRASH_H2_URL\"|" \
      "$DOMAIN/config/domain.xml"
    rm -rf "$DOMAIN/lib/databases"
    "$ROOT/run" start --no-build --ear "$EAR" >/dev/null
    echo "H2 pool URL for this run: $(grep -o 'jdbc:h2:[^"]*embedded_default[^"]*' "$DOMAIN/config/domain.xml" | head -1)"
  fi
fi

echo "Six agents take tickets in; kill -9 of the server $SECONDS_BEFORE_KILL s after the first is acknowledged"
: > "$WORK/acknowledged.txt"
java "$ROOT/bench/DeskLoad.java" intake "$URL" 600 "$WORK/acknowledged.txt" &
load=$!
# A cold server can take seconds over its first sign-ins and tickets; the clock starts at the first.
for _ in $(seq 600); do
  if [ -s "$WORK/acknowledged.txt" ] || ! kill -0 "$load" 2>/dev/null; then break; fi
  sleep 0.2
done
sleep "$SECONDS_BEFORE_KILL"
kill -9 "$(cat "$DOMAIN/config/pid")"
wait "$load"

if [ -n "$SURVIVOR" ]; then
  echo "The other server, $SURVIVOR, takes tickets in"
  java "$ROOT/bench/DeskLoad.java" intake "$SURVIVOR" 3 "$WORK/survivor.txt"
  survived=$(wc -l < "$WORK/survivor.txt")
  cat "$WORK/survivor.txt" >> "$WORK/acknowledged.txt"
else
  echo "Starting the server again"
  "$ROOT/run" start --no-build --ear "$EAR" >/dev/null
fi

acknowledged=$(wc -l < "$WORK/acknowledged.txt")
sql "SELECT ticket_number FROM ticket WHERE subject LIKE '% crash-test ticket %'" | sort > "$WORK/present.txt"
sort "$WORK/acknowledged.txt" > "$WORK/acknowledged.sorted"
lost=$(comm -23 "$WORK/acknowledged.sorted" "$WORK/present.txt" | wc -l)
unacknowledged=$(comm -13 "$WORK/acknowledged.sorted" "$WORK/present.txt" | wc -l)
without_trail=$(sql "SELECT COUNT(*) FROM ticket t WHERE t.subject LIKE '% crash-test ticket %' AND NOT EXISTS
  (SELECT 1 FROM audit_entry a WHERE a.chain_key = 'ticket:' || t.ticket_number AND a.action = 'TICKET_CREATED')")
trail_without_ticket=$(sql "SELECT COUNT(*) FROM audit_entry a WHERE a.action = 'TICKET_CREATED'
  AND a.summary LIKE '% crash-test ticket %' AND NOT EXISTS
  (SELECT 1 FROM ticket t WHERE 'ticket:' || t.ticket_number = a.chain_key)")
if verify_audit > "$WORK/verify.txt" 2>&1; then verified=intact; else verified=BROKEN; fi

echo
echo "  database:                        $DATABASE"
echo "  acknowledged tickets:            $acknowledged"
echo "  acknowledged but lost:           $lost"
echo "  present but not acknowledged:    $unacknowledged (in flight at the kill; allowed)"
echo "  tickets without their audit:     $without_trail"
echo "  audit without its ticket:        $trail_without_ticket"
echo "  audit chains:                    $verified ($(tail -1 "$WORK/verify.txt"))"
[ -z "$SURVIVOR" ] || echo "  taken in by the other server:    $survived (of the acknowledged above)"
[ -z "$SURVIVOR" ] || [ "$survived" -gt 0 ] || exit 1
[ "$acknowledged" -gt 0 ] && [ "$lost" -eq 0 ] && [ "$without_trail" -eq 0 ] && [ "$trail_without_ticket" -eq 0 ] \
  && [ "$verified" = intact ]
