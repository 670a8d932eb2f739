#!/usr/bin/env bash
# The service-level sweep with 100,000 open tickets: starts a throwaway Payara Server (its own
# folder and ports), loads open tickets with a running resolution clock each straight into its H2
# database, a share of them with a step that has come due, and reads the sweep's own report from
# the server log (the minute timer logs every sweep that found something due). Prints figures;
# asserts nothing. Not part of the test run.
#
#   bench/sla-sweep-benchmark.sh [open tickets] [due clocks]      (defaults: 100000, 1000)
set -euo pipefail
TICKETS=${1:-100000}
DUE=${2:-1000}
source "$(dirname "${BASH_SOURCE[0]}")/bench-server.sh"
LOG="$DOMAIN/logs/server.log"

echo "Loading $TICKETS open Enterprise P1 tickets with a running resolution clock each; $DUE of them 4 h in, their 50% warning due..."
start=$(date +%s)
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:$DB;AUTO_SERVER=TRUE" -user "" -password "" -sql "
INSERT INTO ticket (id, ticket_number, customer_id, subject, description, category, priority, status, team_id,
                    assignee_id, created_at, updated_at, version, reopen_count, bounced)
SELECT 1000000 + X, 'ESC-' || (1000000 + X), (SELECT id FROM customer WHERE name = 'Northwind Traders'), 'Bulk ticket ' || X,
       'Generated for the sweep benchmark', 'GENERAL', 'URGENT', 'OPEN', (SELECT id FROM team WHERE name = 'Frontline support'),
       (SELECT id FROM agent WHERE login_name = 'alice'), LOCALTIMESTAMP, LOCALTIMESTAMP, 0, 0, FALSE
FROM SYSTEM_RANGE(1, $TICKETS);
INSERT INTO sla_clock (id, ticket_id, kind, policy_id, target_minutes, started_at, stopped_at, due_at, at_risk_at,
                       steps_done, next_step_at, ledger, version)
SELECT 5000000 + X, 1000000 + X, 'RESOLUTION', (SELECT id FROM sla_policy WHERE name = 'Enterprise P1'), 480,
       DATEADD('MINUTE', M, LOCALTIMESTAMP), NULL, DATEADD('MINUTE', M + 480, LOCALTIMESTAMP),
       DATEADD('MINUTE', M + 240, LOCALTIMESTAMP), 0, DATEADD('MINUTE', M + 240, LOCALTIMESTAMP),
       'running ' || FORMATDATETIME(DATEADD('MINUTE', M, CURRENT_TIMESTAMP), 'yyyy-MM-dd''T''HH:mm:ss''Z''', 'en', 'UTC') || ' -', 0
FROM (SELECT X, CASE WHEN X <= $DUE THEN -241 ELSE 0 END AS M FROM SYSTEM_RANGE(1, $TICKETS));
ANALYZE;" >/dev/null
echo "  loaded in $(( $(date +%s) - start )) s; waiting for the minute timer's sweep..."

for _ in $(seq 1 150); do
  if grep -q "Service-level sweep: SweepResult\[due=$DUE" "$LOG" 2>/dev/null; then
    break
  fi
  sleep 1
done
report=$(grep -o "Service-level sweep: SweepResult\[due=$DUE[^]]*\]" "$LOG" | tail -1)
[ -n "$report" ] || { echo "  no sweep report found in $LOG" >&2; exit 1; }
echo "  $report"
millis=$(sed 's/.*millis=\([0-9]*\).*/\1/' <<<"$report")
echo "  $TICKETS open clocks, $DUE due: the sweep took $millis ms ($(awk -v m="$millis" -v d="$DUE" 'BEGIN { printf "%.1f", m / d }') ms per due clock, each its own transaction)"
