#!/usr/bin/env bash
# Queue page time with 100,000 tickets: starts a throwaway Payara Server (its own folder and ports),
# loads the tickets straight into its H2 database, signs in as alice and times the queue page over
# HTTP. Prints figures; asserts nothing. Not part of the test run.
#
#   bench/queue-benchmark.sh [tickets] [requests]      (defaults: 100000, 30)
set -euo pipefail
TICKETS=${1:-100000}
REQUESTS=${2:-30}
source "$(dirname "${BASH_SOURCE[0]}")/bench-server.sh"

echo "Loading $TICKETS tickets (half of them assigned to alice, all in Frontline support)..."
start=$(date +%s)
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:$DB;AUTO_SERVER=TRUE" -user "" -password "" -sql "
INSERT INTO ticket (id, ticket_number, customer_id, subject, description, category, priority, status, team_id,
                    assignee_id, created_at, updated_at, version, reopen_count, bounced)
SELECT 1000000 + X, 'ESC-' || (1000000 + X), (SELECT MIN(id) FROM customer), 'Bulk ticket ' || X,
       'Generated for the queue benchmark', 'GENERAL', CASE MOD(X, 4) WHEN 0 THEN 'URGENT' WHEN 1 THEN 'HIGH' ELSE 'NORMAL' END,
       CASE MOD(X, 10) WHEN 0 THEN 'RESOLVED' ELSE 'OPEN' END,
       (SELECT id FROM team WHERE name = 'Frontline support'),
       CASE MOD(X, 2) WHEN 0 THEN (SELECT id FROM agent WHERE login_name = 'alice') ELSE NULL END,
       DATEADD('SECOND', -X, CURRENT_TIMESTAMP), DATEADD('SECOND', -X, CURRENT_TIMESTAMP), 0, 0, FALSE
FROM SYSTEM_RANGE(1, $TICKETS);
ANALYZE;" >/dev/null
echo "  loaded in $(( $(date +%s) - start )) s"

jar=$(mktemp); page=$(mktemp)
curl -s -c "$jar" -b "$jar" "$URL/login.xhtml" -o "$page"
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:loginName=alice" \
  --data-urlencode "login:password=demo" --data-urlencode "login:signIn=" --data-urlencode "jakarta.faces.ViewState=$state" \
  "$URL/login.xhtml"

measure() {
  local label=$1 path=$2
  curl -s -b "$jar" -o /dev/null "$URL/$path"   # warm-up
  local times=()
  for _ in $(seq 1 "$REQUESTS"); do
    times+=("$(curl -s -b "$jar" -o "$page" -w '%{time_total}' "$URL/$path")")
  done
  grep -q "ticket-link" "$page" || { echo "  $label: the page showed no tickets; is the server up?" >&2; exit 1; }
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$REQUESTS" '
    { t[NR] = $1 * 1000 } END { printf "  %-34s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d requests)\n",
      label, t[int((n + 1) / 2)], t[int(n * 0.95 + 0.5)], t[n], n }'
}
echo "Queue page (first page of 25, both queues on the page), $TICKETS tickets in the database:"
measure "ticket/queue.xhtml" "ticket/queue.xhtml"
rm -f "$jar" "$page"
