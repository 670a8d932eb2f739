#!/usr/bin/env bash
# Pages per second and p50/p99 for the queue, the ticket page and ticket creation at 1, 8 and 32
# signed-in sessions, with 100,000 customers and 100,000 tickets: starts a throwaway Payara Server
# (its own folder and ports) on the EAR last built, loads the data straight into its H2 database,
# and drives it over HTTP from this machine. Prints figures; asserts nothing. Not part of the tests.
#
#   bench/pages-benchmark.sh [customers] [tickets] [seconds per run]      (defaults: 100000, 100000, 15)
#   WARM_UP_SECONDS=120: the unmeasured warm-up of each page
#   PAGES="queue ticket create": the pages measured, in this order
set -euo pipefail
CUSTOMERS=${1:-100000}
TICKETS=${2:-100000}
SECONDS_PER_RUN=${3:-15}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-120}
PAGES=${PAGES:-queue ticket create}
source "$(dirname "${BASH_SOURCE[0]}")/bench-server.sh"

echo "Loading $CUSTOMERS customers and $TICKETS tickets..."
start=$(date +%s)
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:$DB;AUTO_SERVER=TRUE" -user "" -password "" -sql "
INSERT INTO customer (id, name, name_key, email, segment, time_zone, version)
SELECT 2000000 + X, 'Bench customer ' || X, 'bench customer ' || X, 'bench' || X || '@customer.example', 'STANDARD', 'UTC', 0
FROM SYSTEM_RANGE(1, $CUSTOMERS);
INSERT INTO ticket (id, ticket_number, customer_id, subject, description, category, priority, status, team_id,
                    assignee_id, created_at, updated_at, version, reopen_count, bounced)
SELECT 1000000 + X, 'ESC-' || (1000000 + X), 2000000 + MOD(X, $CUSTOMERS) + 1, 'Bulk ticket ' || X,
       'Generated for the pages benchmark', 'GENERAL', CASE MOD(X, 4) WHEN 0 THEN 'URGENT' WHEN 1 THEN 'HIGH' ELSE 'NORMAL' END,
       CASE MOD(X, 10) WHEN 0 THEN 'RESOLVED' ELSE 'OPEN' END,
       (SELECT id FROM team WHERE name = 'Frontline support'),
       CASE MOD(X, 3) WHEN 0 THEN (SELECT id FROM agent WHERE login_name = 'alice')
                      WHEN 1 THEN (SELECT id FROM agent WHERE login_name = 'tom') ELSE NULL END,
       DATEADD('SECOND', -X, CURRENT_TIMESTAMP), DATEADD('SECOND', -X, CURRENT_TIMESTAMP), 0, 0, FALSE
FROM SYSTEM_RANGE(1, $TICKETS);
ANALYZE;" >/dev/null
echo "  loaded in $(( $(date +%s) - start )) s"
echo "Each page: $WARM_UP_SECONDS s unmeasured warm-up at 8 sessions; each run: 3 s warm-up, then $SECONDS_PER_RUN s measured; client and server on this machine ($(nproc) cores)"
for page in $PAGES; do
  # The JIT compiles the page's code for minutes on two busy cores: the first runs of a fresh server
  # measured half of what it serves later, and after 30 s of load the ticket page still gained a fifth
  # over the next minute (133, 147, 163 pages/s at 8 sessions), so each page gets two minutes first.
  java "$ROOT/bench/DeskLoad.java" pages "$URL" "$page" 8 "$WARM_UP_SECONDS" >/dev/null
  for sessions in 1 8 32; do
    java "$ROOT/bench/DeskLoad.java" pages "$URL" "$page" "$sessions" "$SECONDS_PER_RUN"
  done
done
